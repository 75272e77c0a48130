# typing annotations on a generic Stack and functions; they are stored, not checked
from typing import Generic, TypeVar, Optional, Union, Callable, Iterator, List, Dict

T = TypeVar("T")


class Stack(Generic[T]):
    limit: int = 10

    def __init__(self) -> None:
        self._items: List[T] = []

    def push(self, item: T) -> None:
        if len(self._items) >= self.limit:
            raise OverflowError("stack is full")
        self._items.append(item)

    def pop(self) -> T:
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()

    def peek(self) -> Optional[T]:
        return self._items[-1] if self._items else None

    def __iter__(self) -> Iterator[T]:
        return reversed(self._items)

    def __len__(self) -> int:
        return len(self._items)


def apply_all(values: List[int], fn: Callable[[int], int]) -> Dict[int, int]:
    return {v: fn(v) for v in values}


def parse(text: str) -> Union[int, float, None]:
    try:
        return int(text)
    except ValueError:
        try:
            return float(text)
        except ValueError:
            return None


s: Stack[int] = Stack()
for i in range(3):
    s.push(i * i)
print(list(s), len(s), s.peek(), s.pop(), s.peek())
s.push("not an int")
print(list(s))
print(apply_all([1, 2, 3], lambda n: n ** 3))
print([parse(t) for t in ["12", "3.5", "abc"]])
print(parse.__annotations__)
print(Stack.__annotations__, Stack.push.__annotations__)
print(Stack[int], Optional[str], T)
empty = Stack()
try:
    empty.pop()
except IndexError as e:
    print("IndexError:", e)
small = Stack()
small.limit = 2
small.push(1); small.push(2)
try:
    small.push(3)
except OverflowError as e:
    print("OverflowError:", e)
