# A linked list whose Node annotates its own class before the class
# exists: the hint is a string (a forward reference), kept as it is, and
# typing.get_type_hints evaluates it once the class is there.
import sys
from typing import Iterator, List, Optional, get_type_hints


class Node:
    value: int
    next: "Optional[Node]"

    def __init__(self, value: int, next: "Optional[Node]" = None) -> None:
        self.value = value
        self.next = next


class LinkedList:
    head: Optional[Node]

    def __init__(self) -> None:
        self.head = None
        self.size = 0

    def push(self, value: int) -> "LinkedList":
        self.head = Node(value, self.head)
        self.size += 1
        return self

    def __iter__(self) -> Iterator[int]:
        node = self.head
        while node is not None:
            yield node.value
            node = node.next

    def to_list(self) -> List[int]:
        return list(self)


lst = LinkedList().push(3).push(2).push(1)
print(lst.to_list(), lst.size)

print(Node.__annotations__)
print(Node.__init__.__annotations__)
print(get_type_hints(Node))
print(get_type_hints(Node.__init__))
print(get_type_hints(LinkedList.push))
print(get_type_hints(LinkedList))

# each node is an instance with its own values array
node = lst.head
print(sys.getrefcount(node.next) - 1, type(node.next).__name__)


def bad(x: "Tree") -> None:
    pass


try:
    get_type_hints(bad)
except NameError as err:
    print("NameError:", err)
