# map and filter are lazy: nothing is computed until someone asks
import sys

calls = []

def square(n):
    calls.append(n)
    return n * n

numbers = [1, 2, 3, 4, 5]
before = sys.getrefcount(numbers)
squares = map(square, numbers)
print(calls, sys.getrefcount(numbers) - before, sys.getsizeof(squares))
print(next(squares), next(squares), calls)
print(list(squares), calls, list(squares))
evens = filter(lambda n: n % 2 == 0, range(10))
print(sys.getsizeof(evens), next(evens), list(evens))
del squares
print(sys.getrefcount(numbers) - before)
z = zip(numbers, "abcde")
e = enumerate(numbers)
r = reversed(numbers)
print(sys.getsizeof(z), sys.getsizeof(e), sys.getsizeof(r), sys.getsizeof(iter(numbers)))
print(next(z), next(e), next(r), sum(map(len, ["ab", "cde"])))
s = slice(1, 4)
print(s, numbers[s], sys.getsizeof(s), s.start, s.stop, s.step)
