# An iterator's size does not grow with the data; a list's does
import itertools
import sys

for n in (10, 1000, 100000):
    numbers = list(range(n))
    it = iter(numbers)
    print(f"{n:6d} items: list {sys.getsizeof(numbers):7d} bytes, iterator {sys.getsizeof(it)} bytes")

print("count():", sys.getsizeof(itertools.count()))
print("repeat('x', 10**6):", sys.getsizeof(itertools.repeat("x", 10 ** 6)))
print("list of the same:", sys.getsizeof(["x"] * 10 ** 6))
print("islice of a count:", sys.getsizeof(itertools.islice(itertools.count(), 5)))
print("chain of two lists:", sys.getsizeof(itertools.chain([1], [2])))

# combinatoric iterators keep index arrays: they grow with their input
for k in (2, 4, 8):
    pool = range(k)
    print(k, "pools:", sys.getsizeof(itertools.product(*[pool] * k)),
          "permutations:", sys.getsizeof(itertools.permutations(pool)))

# the whole product would be much bigger as a list
p = list(itertools.product(range(4), repeat=4))
print(len(p), "tuples in a list of", sys.getsizeof(p), "bytes, plus",
      len(p) * sys.getsizeof(p[0]), "bytes of tuples")
