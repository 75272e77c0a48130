# Callbacks with Callable hints: a function that takes functions, and
# cast(), which only informs a type checker.
from typing import Callable, Dict, Iterable, Iterator, List, cast


def apply_all(funcs: List[Callable[[float], float]], x: float) -> List[float]:
    return [f(x) for f in funcs]


def make_multiplier(k: int) -> Callable[[int], int]:
    def multiply(x: int) -> int:
        return x * k
    return multiply


def countdown(n: int) -> Iterator[int]:
    while n > 0:
        yield n
        n -= 1


def total(values: Iterable[int]) -> int:
    return sum(values)


handlers: Dict[str, Callable[..., None]] = {}


def on(event: str) -> Callable[[Callable[..., None]], Callable[..., None]]:
    def register(func: Callable[..., None]) -> Callable[..., None]:
        handlers[event] = func
        return func
    return register


@on("greet")
def greet(name: str) -> None:
    print("hello,", name)


print(apply_all([abs, lambda v: v * 2, round], -1.5))
triple = make_multiplier(3)
print(triple(7), triple.__annotations__, make_multiplier.__annotations__)
print(list(countdown(5)), total(countdown(4)), countdown.__annotations__)
handlers["greet"]("Ada")
print(on.__annotations__)
print(Callable[[int, str], bool], Callable[..., int], Callable[[], None])

value = cast(int, "42")
print(value, type(value).__name__)
print(cast(List[str], [1, 2]) == [1, 2])
