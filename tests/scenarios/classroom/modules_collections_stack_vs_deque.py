# A Stack class built on list, and a Queue built on deque
from collections import deque
import sys


class Stack(list):
    def push(self, item):
        self.append(item)

    def peek(self):
        return self[-1]

    def is_empty(self):
        return not self


class Queue(deque):
    def enqueue(self, item):
        self.append(item)

    def dequeue(self):
        return self.popleft()


s = Stack()
q = Queue()
for word in ["one", "two", "three"]:
    s.push(word)
    q.enqueue(word)
print(s, q)
print("stack pops", s.pop(), "queue takes", q.dequeue())
print(s.peek(), q[0], len(s), len(q), s.is_empty())
print(type(s).__name__, type(q).__name__, isinstance(q, deque))

# the subclasses cost a __dict__ pointer and a weakref slot more (or less)
print("list", sys.getsizeof([]), "Stack", sys.getsizeof(Stack()))
print("deque", sys.getsizeof(deque()), "Queue", sys.getsizeof(Queue()))

# taking from the front: list.pop(0) moves every item, deque.popleft does not
numbers = Stack(range(5))
print(numbers.pop(0), numbers)
line = Queue(range(5))
print(line.dequeue(), line)

# brackets checked with a stack
def balanced(text):
    pairs = {")": "(", "]": "[", "}": "{"}
    st = Stack()
    for ch in text:
        if ch in "([{":
            st.push(ch)
        elif ch in pairs:
            if st.is_empty() or st.pop() != pairs[ch]:
                return False
    return st.is_empty()


for t in ["(a[b]{c})", "(]", "((", "x = [1, (2, 3)]"]:
    print(t, balanced(t))
