# A list holds every item; a generator holds only its suspended frame.
import sys

squares = [x * x for x in range(1000)]
lazy = (x * x for x in range(1000))
print("list:", sys.getsizeof(squares))
print("generator:", sys.getsizeof(lazy))
print("same sum:", sum(squares) == sum(lazy))
