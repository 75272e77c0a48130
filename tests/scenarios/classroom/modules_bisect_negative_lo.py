# bisect checks its bounds: a negative lo is an error, not a wrap-around
import bisect

temperatures = [-5, 0, 3, 8, 12, 19, 24]
print(bisect.bisect(temperatures, 10))
print(bisect.bisect(temperatures, 10, 2))
print(bisect.bisect(temperatures, 10, -1))
