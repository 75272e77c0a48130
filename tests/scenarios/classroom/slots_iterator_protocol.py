# Writing an iterator by hand: __iter__ returns the iterator, __next__
# gives the next value or raises StopIteration, which ends a for-loop.

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


for n in Countdown(3):
    print(n, end=" ")
print("liftoff!")

print("list:", list(Countdown(5)))
print("sum:", sum(Countdown(4)))
print("3 in Countdown(5):", 3 in Countdown(5))

it = Countdown(2)
print(next(it), next(it))
print("with a default:", next(it, "done"))
try:
    next(it)
except StopIteration:
    print("StopIteration: the iterator is exhausted")


class Squares:
    """An iterable (not an iterator): each loop gets a fresh iterator."""

    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return Countdown(self.n)


sq = Squares(3)
print("twice:", list(sq), list(sq))


class BadIterable:
    def __iter__(self):
        return 42


try:
    for x in BadIterable():
        pass
except TypeError as e:
    print("TypeError:", e)
