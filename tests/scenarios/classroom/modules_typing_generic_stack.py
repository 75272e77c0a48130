# A generic Stack[T]: one class for stacks of any item type, with a
# TypeVar standing for the item type in the annotations.
from typing import Generic, List, Optional, TypeVar

T = TypeVar("T")


class Stack(Generic[T]):
    def __init__(self) -> None:
        self._items: List[T] = []

    def push(self, item: T) -> None:
        self._items.append(item)

    def pop(self) -> T:
        return self._items.pop()

    def peek(self) -> Optional[T]:
        return self._items[-1] if self._items else None

    def __len__(self) -> int:
        return len(self._items)

    def __repr__(self) -> str:
        return f"Stack({self._items})"


numbers: Stack[int] = Stack()
for n in [1, 2, 3]:
    numbers.push(n)
print(numbers, len(numbers), numbers.pop(), numbers.peek())

words = Stack[str]()
words.push("hello")
words.push("world")
print(words, words.pop(), words.pop(), words.peek())

print(T, Stack[int], Stack[str], Stack[List[int]])
print(Stack.__mro__)
print(Stack.__parameters__, Stack.push.__annotations__, Stack.peek.__annotations__)
print(__annotations__)

# balanced brackets with a stack of str
def balanced(text: str) -> bool:
    pairs = {")": "(", "]": "[", "}": "{"}
    stack: Stack[str] = Stack()
    for ch in text:
        if ch in "([{":
            stack.push(ch)
        elif ch in pairs:
            if stack.peek() != pairs[ch]:
                return False
            stack.pop()
    return len(stack) == 0

for text in ["(a[b]{c})", "(]", "((", "{[()()]}"]:
    print(text, balanced(text))
