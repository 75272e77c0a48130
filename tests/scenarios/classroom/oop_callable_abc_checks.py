# collections.abc: asking what an object can do instead of what it is
from collections.abc import Callable, Iterable, Iterator, Sized, Container, Hashable, Sequence, Mapping, Generator

class Greeter:
    def __call__(self, name):
        return f"hi {name}"

class Bag:
    def __init__(self):
        self.items = []
    def __len__(self):
        return len(self.items)
    def __contains__(self, x):
        return x in self.items
    def __iter__(self):
        return iter(self.items)

def gen():
    yield 1

things = [
    ("len", len), ("print", print), ("lambda", lambda: 0), ("function", gen),
    ("class", Greeter), ("Greeter()", Greeter()), ("str.upper", str.upper), ("'abc'.upper", "abc".upper),
    ("42", 42), ("'text'", "text"), ("[1]", [1]), ("{}", {}), ("Bag()", Bag()),
    ("gen()", gen()), ("iter([])", iter([])), ("range(3)", range(3)), ("(1,)", (1,)),
]
print(f"{'object':<12}{'Callable':>9}{'Iterable':>9}{'Iterator':>9}{'Sized':>6}{'Container':>10}{'Hashable':>9}")
for label, obj in things:
    row = [isinstance(obj, abc) for abc in (Callable, Iterable, Iterator, Sized, Container, Hashable)]
    print(f"{label:<12}" + "".join(f"{str(v):>{w}}" for v, w in zip(row, (9, 9, 9, 6, 10, 9))))

print(isinstance(gen(), Generator), isinstance(iter([]), Generator))
print(isinstance([], Sequence), isinstance("", Sequence), isinstance({}, Sequence), isinstance(range(1), Sequence))
print(isinstance({}, Mapping), isinstance([], Mapping), isinstance(Bag(), Sequence))
print(issubclass(list, Iterable), issubclass(int, Iterable), issubclass(Greeter, Callable), issubclass(type, Callable))
print(callable(len) == isinstance(len, Callable), all(callable(o) == isinstance(o, Callable) for _, o in things))

def apply(func, *args):
    if not isinstance(func, Callable):
        raise TypeError(f"{func!r} is not callable")
    return func(*args)

print(apply(len, "four"), apply(max, 3, 8), apply(Greeter(), "Bo"))
try:
    apply("len", "four")
except TypeError as e:
    print("TypeError:", e)
