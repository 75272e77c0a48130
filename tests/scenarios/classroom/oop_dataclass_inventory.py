# dataclasses: field(default_factory=list), order=True, frozen=True
from dataclasses import dataclass, field, asdict, astuple, replace, FrozenInstanceError
import sys


@dataclass
class Item:
    name: str
    price: float
    tags: list = field(default_factory=list)
    qty: int = 1

    def total(self):
        return self.price * self.qty


@dataclass(order=True)
class Grade:
    score: int
    name: str = field(compare=False)


@dataclass(frozen=True)
class Coord:
    lat: float
    lon: float


a = Item("pen", 1.5)
b = Item("ink", 3.0, ["refill"], 2)
a.tags.append("office")
print(a, b, sep="\n")
print(a.tags is b.tags, Item("pen", 1.5).tags)
print(a == Item("pen", 1.5, ["office"]), b.total())
print(asdict(b), astuple(a))
print(sorted([Grade(90, "Ann"), Grade(75, "Bo"), Grade(90, "Al")]))
print(Grade(1, "x") < Grade(2, "a"), Grade(5, "x") == Grade(5, "y"))
c = Coord(51.5, -0.1)
try:
    c.lat = 0
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
print(hash(c) == hash(Coord(51.5, -0.1)), {c: "London"}[Coord(51.5, -0.1)])
print(replace(c, lon=2.35))
print(Item.__hash__, Coord.__dataclass_params__.frozen)
print(sorted(Item.__dataclass_fields__))
print(sys.getsizeof(a) == sys.getsizeof(b))
try:
    @dataclass
    class Wrong:
        items: list = []
except ValueError as e:
    print("ValueError:", e)
