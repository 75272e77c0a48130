# functools.singledispatch for a pretty printer, cached_property and total_ordering
from functools import singledispatch, cached_property, total_ordering, reduce
import math


@singledispatch
def describe(obj):
    return f"object of type {type(obj).__name__}"


@describe.register
def _(obj: int):
    return f"int with {obj.bit_length()} bits"


@describe.register(float)
def _(obj):
    return f"float {obj:.3g}"


@describe.register(list)
@describe.register(tuple)
def _(obj):
    return f"{type(obj).__name__} of {len(obj)}: " + ", ".join(describe(x) for x in obj)


class Circle:
    def __init__(self, r):
        self.r = r

    @cached_property
    def area(self):
        print("  computing area")
        return math.pi * self.r ** 2


@total_ordering
class Card:
    ranks = "23456789TJQKA"

    def __init__(self, text):
        self.rank, self.suit = text[0], text[1]

    def __eq__(self, other):
        return self.rank == other.rank

    def __lt__(self, other):
        return Card.ranks.index(self.rank) < Card.ranks.index(other.rank)

    def __repr__(self):
        return self.rank + self.suit


for thing in [42, 2.71828, [1, (2.5, 3)], "text", None]:
    print(describe(thing))
print(describe.dispatch(bool).__name__, sorted(t.__name__ for t in describe.registry))
c = Circle(2)
print(round(c.area, 3), round(c.area, 3), "area" in vars(c))
del c.area
print(round(c.area, 2))
hand = [Card(t) for t in "KH 2C TD AS 9S".split()]
print(sorted(hand), max(hand), Card("QH") >= Card("QS"), Card("3D") > Card("4D"))
print(reduce(lambda a, b: a if a >= b else b, hand))
