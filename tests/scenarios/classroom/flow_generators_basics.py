# Generators: countdown, infinite fibonacci, lazy pipelines, and their frames
import sys

def countdown(n):
    print("  starting countdown")
    while n > 0:
        yield n
        n -= 1
    print("  liftoff")

def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x

gen = countdown(3)
print(type(gen).__name__, gen.__name__)
print(gen.gi_suspended, gen.gi_running)
for value in gen:
    print(value)
print(gen.gi_suspended)
print(list(take(10, fibonacci())))

def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x

def squares(it):
    for x in it:
        yield x * x

pipeline = squares(evens(take(20, fibonacci())))
print(list(pipeline))
print(sum(x for x in range(10) if x % 3 == 0))
data = [1, 2, 3]
g = (x * 10 for x in data)
print(sys.getrefcount(data) - 1)
print(next(g), next(g), list(g))
print(sys.getsizeof([x for x in range(100)]) > sys.getsizeof(range(100)))
try:
    next(g)
except StopIteration:
    print("exhausted")
