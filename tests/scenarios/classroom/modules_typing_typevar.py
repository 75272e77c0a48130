# TypeVar in generic functions: first() returns whatever type its list
# holds; a bound TypeVar limits it. Hints stay hints at run time.
from typing import Dict, List, Optional, Sequence, Tuple, TypeVar

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")
Num = TypeVar("Num", int, float)
Comparable = TypeVar("Comparable", bound=float)


def first(items: Sequence[T]) -> Optional[T]:
    return items[0] if items else None


def invert(d: Dict[K, V]) -> Dict[V, K]:
    return {v: k for k, v in d.items()}


def largest(a: Num, b: Num) -> Num:
    return a if a >= b else b


def split_pairs(pairs: List[Tuple[K, V]]) -> Tuple[List[K], List[V]]:
    return [k for k, _ in pairs], [v for _, v in pairs]


print(first([3, 1, 2]), first("xyz"), first([]))
print(invert({"a": 1, "b": 2}))
print(largest(3, 7), largest(2.5, 1.0))
print(split_pairs([("x", 1), ("y", 2), ("z", 3)]))

print(T, K, V, Num, Comparable)
print(T.__name__, Num.__constraints__, Comparable.__bound__)
print(first.__annotations__)
print(invert.__annotations__)
print(split_pairs.__annotations__)
print(List[T], Dict[K, V], Dict[K, V][str, int], List[T][float])
print(Dict[K, V].__parameters__, List[int].__parameters__)
