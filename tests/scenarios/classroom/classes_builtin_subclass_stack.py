# A Stack built on list: inherited methods, new ones, and what the subclass costs
import sys


class Stack(list):
    """A last-in, first-out stack that is also a list."""

    def push(self, item):
        self.append(item)

    def peek(self):
        if not self:
            raise IndexError("peek from an empty stack")
        return self[-1]

    def is_empty(self):
        return len(self) == 0


s = Stack()
for word in ["first", "second", "third"]:
    s.push(word)
print(s)                       # prints like a list
print(len(s), s.peek(), s.is_empty())
print(s.pop(), s.pop())
print(s, type(s).__name__, isinstance(s, list), isinstance(s, Stack))
print(issubclass(Stack, list), Stack.__mro__)

# the built-in methods still work on it
s.extend([1, 2, 3])
s.reverse()
print(s, s.index(2), s.count("first"), 3 in s)
for item in s:
    print("item:", item)

# what the subclass adds: a __dict__ and a weakref slot
plain = []
print("list:", sys.getsizeof(plain), "Stack:", sys.getsizeof(Stack()))
s.name = "undo history"        # a list cannot hold attributes, a Stack can
print(s.name, s.__dict__)
try:
    plain.name = "nope"
except AttributeError as e:
    print("AttributeError:", e)

# slicing and + give plain lists back
print(type(s[1:]).__name__, type(s + [9]).__name__)

# popping past the end
empty = Stack()
try:
    empty.peek()
except IndexError as e:
    print("IndexError:", e)
try:
    empty.pop()
except IndexError as e:
    print("IndexError:", e)
print("refcount:", sys.getrefcount(empty))
