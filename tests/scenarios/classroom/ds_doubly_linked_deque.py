# A doubly linked list deque, with __reversed__, __iter__ and reference counts
import sys


class DNode:
    __slots__ = ("value", "prev", "next")

    def __init__(self, value):
        self.value = value
        self.prev = self.next = None


class DList:
    def __init__(self, items=()):
        self.head = self.tail = None
        self.n = 0
        for x in items:
            self.push_back(x)

    def push_back(self, value):
        node = DNode(value)
        if self.tail is None:
            self.head = self.tail = node
        else:
            node.prev = self.tail
            self.tail.next = node
            self.tail = node
        self.n += 1

    def push_front(self, value):
        node = DNode(value)
        if self.head is None:
            self.head = self.tail = node
        else:
            node.next = self.head
            self.head.prev = node
            self.head = node
        self.n += 1

    def pop_front(self):
        if self.head is None:
            raise IndexError("pop from empty DList")
        node = self.head
        self.head = node.next
        if self.head is None:
            self.tail = None
        else:
            self.head.prev = None
        self.n -= 1
        return node.value

    def pop_back(self):
        if self.tail is None:
            raise IndexError("pop from empty DList")
        node = self.tail
        self.tail = node.prev
        if self.tail is None:
            self.head = None
        else:
            self.tail.next = None
        self.n -= 1
        return node.value

    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next

    def __reversed__(self):
        node = self.tail
        while node:
            yield node.value
            node = node.prev

    def __len__(self):
        return self.n

    def __repr__(self):
        return "DList([" + ", ".join(map(repr, self)) + "])"


d = DList("abc")
d.push_front("z")
print(d, len(d), list(reversed(d)))
print(d.pop_front(), d.pop_back(), d)
middle = d.head.next
print(sys.getrefcount(middle), sys.getrefcount(d.head))
print(sys.getsizeof(d.head), sys.getsizeof(DNode(None)))
while d:
    print("popped", d.pop_back())
try:
    d.pop_front()
except IndexError as e:
    print("IndexError:", e)
print(d, bool(d), d.head, d.tail)
