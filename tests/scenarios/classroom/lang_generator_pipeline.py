# A generator pipeline: reading, filtering and summarising lines lazily
LOG = """INFO start
WARN disk 91%
INFO user ann
ERROR db timeout
INFO user bo
ERROR db refused
WARN disk 95%"""

def read_lines(text):
    for line in text.splitlines():
        yield line

def parse(lines):
    for line in lines:
        level, _, message = line.partition(" ")
        yield level, message

def only(level, records):
    return (msg for lvl, msg in records if lvl == level)

errors = only("ERROR", parse(read_lines(LOG)))
print(type(errors).__name__, next(errors), list(errors), list(errors))

def countdown(n):
    print("starting")
    while n > 0:
        yield n
        n -= 1
    print("done")
    return "liftoff"

gen = countdown(3)
print(next(gen), next(gen), next(gen))
try:
    next(gen)
except StopIteration as stop:
    print("StopIteration value:", stop.value)

def running_total(numbers):
    total = 0
    for n in numbers:
        total += n
        yield total

print(list(running_total(range(1, 6))), sum(x * x for x in range(10)))

def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value

acc = accumulator()
next(acc)
print(acc.send(5), acc.send(10), acc.send(2))
acc.close()

def chain(*iterables):
    for it in iterables:
        yield from it

print(list(chain("ab", [1, 2], range(3))))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

import itertools
print(list(itertools.islice(fib(), 12)), list(itertools.takewhile(lambda x: x < 30, fib())))
squares = (n * n for n in range(5))
print(3 in squares, list(squares))
words = ["apple", "kiwi", "banana", "fig"]
lengths = {w: len(w) for w in words if len(w) > 3}
print(lengths, max(words, key=len), any(len(w) == 3 for w in words), all(w.islower() for w in words))
