# A list display of three items: its size depends on the version.
import sys

small = [1, 2, 3]
print(sys.getsizeof(small))
assert sys.getsizeof(small) == 88, "not the size 3.10+ gives"
print("done")
