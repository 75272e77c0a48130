# A linked list and a binary tree, with reference counts
import sys


class Node:
    __slots__ = ("value", "next")

    def __init__(self, value, next=None):
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self, values=()):
        self.head = None
        self.size = 0
        for v in reversed(values):
            self.push(v)

    def push(self, value):
        self.head = Node(value, self.head)
        self.size += 1

    def __iter__(self):
        node = self.head
        while node is not None:
            yield node.value
            node = node.next

    def __len__(self):
        return self.size

    def __repr__(self):
        return " -> ".join(map(str, self)) or "empty"


ll = LinkedList([1, 2, 3])
print(ll, len(ll), list(ll), 2 in ll)
second = ll.head.next
print("refcount of second node:", sys.getrefcount(second))
ll.push(0)
print(ll, sys.getsizeof(ll.head))
ll.head = ll.head.next.next
print(ll, sys.getrefcount(second))
del second
print(ll)


class Tree:
    def __init__(self, value):
        self.value = value
        self.left = None
        self.right = None

    def insert(self, value):
        side = "left" if value < self.value else "right"
        child = getattr(self, side)
        if child is None:
            setattr(self, side, Tree(value))
        else:
            child.insert(value)

    def inorder(self):
        if self.left:
            yield from self.left.inorder()
        yield self.value
        if self.right:
            yield from self.right.inorder()

    def height(self):
        return 1 + max(self.left.height() if self.left else 0,
                       self.right.height() if self.right else 0)


root = Tree(50)
for v in (30, 70, 20, 40, 60, 80, 35):
    root.insert(v)
print(list(root.inorder()), root.height())
print(sys.getrefcount(root.left), sys.getsizeof(root), sys.getsizeof(root.__dict__))
