# The iterator protocol by hand: __iter__ and __next__, StopIteration, and reuse
class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        return CountdownIterator(self.start)

class CountdownIterator:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

c = Countdown(3)
print(list(c), list(c), [x * 2 for x in c], sum(c))
it = iter(c)
print(next(it), next(it), next(it), next(it, "empty"))
print(iter(it) is it, list(it))

class Fibonacci:
    def __init__(self, limit):
        self.limit = limit
        self.a, self.b = 0, 1
    def __iter__(self):
        return self
    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        value = self.a
        self.a, self.b = self.b, self.a + self.b
        return value

fib = Fibonacci(50)
print(list(fib), list(fib))
for i, f in zip(range(3), Fibonacci(1000)):
    print(i, f)

class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * i
print(list(Squares()), 9 in Squares(), iter(Squares()).__class__.__name__)

it = iter([1, 2, 3])
for x in it:
    if x == 1:
        print("skipping", next(it))
    else:
        print("got", x)
try:
    next(iter([]))
except StopIteration as e:
    print("StopIteration", repr(e))
class NotIterable:
    pass
try:
    for _ in NotIterable():
        pass
except TypeError as err:
    print("TypeError:", err)
try:
    next([1, 2])
except TypeError as err:
    print("TypeError:", err)
print(dict(zip(Countdown(3), "abc")), sorted(Countdown(4)), max(Countdown(5)))
