# A set's hash table: how big it is when written, built, grown and emptied
import sys

primes = {2, 3, 5, 7, 11}
print("display of 5:", sys.getsizeof(primes))
print("display of 2:", sys.getsizeof({2, 3}))
print("from a list:", sys.getsizeof(set([2, 3, 5, 7, 11])))
print("from a set:", sys.getsizeof(set(primes)))
print("from a dict:", sys.getsizeof(set({"a": 1, "b": 2, "c": 3, "d": 4, "e": 5})))
print("union:", sys.getsizeof(primes | {13}))
print("symmetric difference:", sys.getsizeof(primes ^ {11, 13}))
print(sorted(primes ^ {11, 13}))

empty = set()
empty.update(primes)
print("updated from a set:", sys.getsizeof(empty))

numbers = set()
last = sys.getsizeof(numbers)
print("empty:", last)
for n in range(100):
    numbers.add(n)
    size = sys.getsizeof(numbers)
    if size != last:
        print("after adding", n, "->", size)
        last = size
for n in range(100):
    numbers.discard(n)
print("all removed:", len(numbers), sys.getsizeof(numbers))
for n in range(1000, 1300):
    numbers.add(n)
    numbers.discard(n)
print("after churn:", len(numbers), sys.getsizeof(numbers))
numbers.clear()
print("cleared:", sys.getsizeof(numbers))
