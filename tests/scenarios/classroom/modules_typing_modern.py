# Annotations without importing typing (Python 3.9 and 3.10 style):
# list[int] builds a types.GenericAlias and int | None a types.UnionType,
# objects of their own, made when the def runs.
import sys
from typing import Optional


def mean(values: list[float]) -> float:
    return sum(values) / len(values)


def word_lengths(words: list[str]) -> dict[str, int]:
    return {w: len(w) for w in words}


def find(names: tuple[str, ...], target: str) -> int | None:
    for i, name in enumerate(names):
        if name == target:
            return i
    return None


def merge(a: set[int], b: frozenset[int] | None = None) -> set[int]:
    return a | (b or frozenset())


print(mean([1.5, 2.5, 4.0]), word_lengths(["ant", "bee", "wasp"]))
print(find(("ann", "bob"), "bob"), find(("ann",), "zed"), merge({1, 2}, frozenset({3})))

for f in [mean, word_lengths, find, merge]:
    print(f.__name__, f.__annotations__)

hint = list[int]
print(hint, type(hint).__name__, hint.__origin__, hint.__args__)
print(hint == list[int], hint is list[int], sys.getsizeof(hint))
either = int | None
print(either, type(either).__name__, either.__args__, sys.getsizeof(either))
print(int | str | None, (int | str) == (str | int), int | int)
print(isinstance(3, int | str), isinstance(2.5, int | str))
print(Optional[list[int]], dict[str, list[tuple[int, int]]])

# calling the alias calls the class
empty = list[int]()
print(empty, type(empty))

try:
    isinstance([], list[int])
except TypeError as err:
    print("TypeError:", err)
try:
    int[3]
except TypeError as err:
    print("TypeError:", err)
