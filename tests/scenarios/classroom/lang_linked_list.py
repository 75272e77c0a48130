# A singly linked list class: append, prepend, remove, reverse, iteration and len
class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next

    def __repr__(self):
        return f"Node({self.value!r})"

class LinkedList:
    def __init__(self, values=()):
        self.head = None
        self._size = 0
        for v in values:
            self.append(v)

    def append(self, value):
        node = Node(value)
        if self.head is None:
            self.head = node
        else:
            cur = self.head
            while cur.next:
                cur = cur.next
            cur.next = node
        self._size += 1

    def prepend(self, value):
        self.head = Node(value, self.head)
        self._size += 1

    def remove(self, value):
        prev, cur = None, self.head
        while cur:
            if cur.value == value:
                if prev:
                    prev.next = cur.next
                else:
                    self.head = cur.next
                self._size -= 1
                return True
            prev, cur = cur, cur.next
        raise ValueError(f"{value!r} not in list")

    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev

    def __iter__(self):
        cur = self.head
        while cur:
            yield cur.value
            cur = cur.next

    def __len__(self):
        return self._size

    def __contains__(self, value):
        return any(v == value for v in self)

    def __getitem__(self, index):
        if index < 0:
            index += len(self)
        for i, v in enumerate(self):
            if i == index:
                return v
        raise IndexError("linked list index out of range")

    def __repr__(self):
        return " -> ".join(map(repr, self)) + " -> None"

ll = LinkedList([3, 1, 4])
ll.append(1)
ll.prepend(5)
print(ll, len(ll), 4 in ll, 9 in ll, ll[0], ll[-1], list(ll))
ll.remove(1)
print(ll, len(ll))
ll.reverse()
print(ll, ll.head, ll.head.next)
try:
    ll.remove(42)
except ValueError as err:
    print("ValueError:", err)
try:
    ll[10]
except IndexError as err:
    print("IndexError:", err)
print(sum(ll), max(ll), sorted(ll), [v * 10 for v in ll])
empty = LinkedList()
print(empty, len(empty), bool(empty), list(empty))
words = LinkedList("abc")
print(words, "".join(words))
