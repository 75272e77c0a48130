# typing in a class lesson: Protocol, TypedDict, Literal, Final, Optional and get_type_hints
from typing import Protocol, TypedDict, Literal, Final, Optional, Any, Tuple, get_type_hints
from typing import runtime_checkable

MAX_SPEED: Final = 120


@runtime_checkable
class Speaker(Protocol):
    def speak(self) -> str:
        ...


class Movie(TypedDict):
    title: str
    year: int


class Dog:
    sound: str = "woof"

    def speak(self) -> str:
        return self.sound


class Rock:
    pass


Mode = Literal["r", "w"]


def open_file(name: str, mode: Mode = "r") -> Optional[str]:
    return None if mode == "w" else f"{name} opened"


def center(points: list[Tuple[float, float]]) -> Tuple[float, float]:
    xs, ys = zip(*points)
    return sum(xs) / len(xs), sum(ys) / len(ys)


m: Movie = {"title": "Alien", "year": 1979}
print(m, type(m).__name__, Movie.__annotations__ if hasattr(Movie, "__annotations__") else None)
print(isinstance(Dog(), Speaker), isinstance(Rock(), Speaker))
print(open_file("a.txt"), open_file("b.txt", "w"), MAX_SPEED)
print(center([(0, 0), (2, 4), (4, 2)]))
print(get_type_hints(open_file))
print(get_type_hints(Dog), Dog.__annotations__)
print(center.__annotations__["points"], Optional[int], Any)
print(Literal["r", "w"], Mode.__args__)
try:
    Speaker()
except TypeError as e:
    print("TypeError:", e)
