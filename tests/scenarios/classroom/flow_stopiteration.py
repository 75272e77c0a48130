# Iterators by hand: iter/next, StopIteration, a class iterator, next defaults
class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1

it = iter([10, 20])
print(next(it), next(it), next(it, "default"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e), e.value)

c = Countdown(3)
print(list(c), list(c))
print([x for x in Countdown(4) if x % 2 == 0])
print(iter(c) is c)

def gen():
    yield 1
    return "done"

g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("return value:", e.value, e.args)

def leaky():
    yield next(iter([]))

try:
    list(leaky())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", type(e.__cause__).__name__)
it = iter("ab")
for ch in it:
    print(ch, end=" ")
print(next(it, None))
print(list(zip(range(3), iter("xyz"))), list(enumerate("ab", start=1)))
