# What typing's hints look like when printed: each subscription builds an
# object, and function annotations keep them.
from typing import Any, Dict, FrozenSet, List, Optional, Set, Tuple, Union


def average(marks: List[float]) -> float:
    return sum(marks) / len(marks)


def lookup(book: Dict[str, str], name: str) -> Optional[str]:
    return book.get(name)


def parse(text: str) -> Union[int, float, None]:
    try:
        return int(text)
    except ValueError:
        try:
            return float(text)
        except ValueError:
            return None


def pair(x: Any, y: Any) -> Tuple[Any, Any]:
    return (x, y)


print(average([12.5, 14, 17.5]), lookup({"ada": "555-1234"}, "ada"), lookup({}, "bob"))
print([parse(t) for t in ["42", "3.5", "hello"]], pair(1, "a"))

for f in [average, lookup, parse, pair]:
    print(f.__name__, f.__annotations__)

print(List, Dict, Set, FrozenSet, Tuple, Any)
print(List[int], Set[str], FrozenSet[int], Tuple[int, ...], Tuple[()], Dict[str, List[int]])
print(Optional[int], Union[int, None], Union[int, str], Optional[Union[int, str]])
print(Union[int], Union[int, int, str], Union[int, Union[str, bytes]])

# equal hints compare equal, and typing caches them: the same object
a = List[int]
b = List[int]
print(a == b, a is b, Union[int, str] == Union[str, int], Optional[str] == Union[None, str])
print(a.__origin__, a.__args__, Dict[str, int].__args__)

try:
    List[int, str]
except TypeError as err:
    print("TypeError:", err)
try:
    Dict()
except TypeError as err:
    print("TypeError:", err)
