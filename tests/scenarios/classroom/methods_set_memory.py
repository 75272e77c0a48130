# What set operations allocate: sizes of the resulting sets
import sys

small = set()
print(sys.getsizeof(small))
for i in range(6):
    small.add(i)
print(len(small), sys.getsizeof(small))
evens = set(range(0, 20, 2))
odds = set(range(1, 20, 2))
both = evens | odds
print(len(both), sys.getsizeof(evens), sys.getsizeof(both))
print(sys.getsizeof(evens.union(odds)), sys.getsizeof(evens.copy()), sys.getsizeof(evens & {2, 4}), sys.getsizeof(evens - odds))
frozen = frozenset(evens)
print(frozen.copy() is frozen, evens.copy() is evens, sys.getrefcount(frozen))
alias = evens
evens |= odds
print(alias is evens, len(alias), sys.getsizeof(alias))
evens -= odds
print(len(evens), sys.getsizeof(evens))
