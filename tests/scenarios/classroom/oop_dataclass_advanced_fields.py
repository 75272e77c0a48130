# dataclasses beyond the basics: kw_only, InitVar, ClassVar, slots, field metadata
from dataclasses import dataclass, field, InitVar, fields, KW_ONLY, asdict, is_dataclass
from typing import ClassVar
import sys


@dataclass
class Account:
    owner: str
    balance: float = 0.0
    rate: ClassVar[float] = 0.02
    pin: InitVar[int] = 0
    _hash: int = field(init=False, repr=False, default=0)

    def __post_init__(self, pin):
        if pin and not 1000 <= pin <= 9999:
            raise ValueError("pin must have four digits")
        self._hash = pin * 7 % 97

    def interest(self):
        return round(self.balance * self.rate, 2)


@dataclass(kw_only=True)
class Options:
    verbose: bool = False
    retries: int = 3


@dataclass
class Job:
    name: str
    _: KW_ONLY
    priority: int = 0
    tags: list = field(default_factory=list, metadata={"doc": "labels"})


@dataclass(slots=True)
class Pixel:
    x: int
    y: int
    color: str = "black"


a = Account("ada", 1000.0, pin=1234)
print(a, a.interest(), a._hash, Account.rate)
print([f.name for f in fields(a)], "pin" in vars(a))
try:
    Account("bob", pin=12)
except ValueError as e:
    print("ValueError:", e)
print(Options(retries=5), Options())
try:
    Options(True)
except TypeError as e:
    print("TypeError:", e)
j = Job("build", priority=2)
print(j, fields(Job)[2].metadata["doc"], asdict(j))
try:
    Job("x", 1)
except TypeError as e:
    print("TypeError:", e)
p = Pixel(1, 2)
print(p, Pixel.__slots__, hasattr(p, "__dict__"))
try:
    p.alpha = 0.5
except AttributeError as e:
    print("AttributeError:", e)
print(sys.getsizeof(p) < sys.getsizeof(a), is_dataclass(p), is_dataclass(Pixel), is_dataclass(3))
print(Account.__init__.__annotations__ if False else sorted(Account.__dataclass_fields__))
