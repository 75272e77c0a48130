# Stack and Queue classes with __len__, __iter__, __bool__, __contains__ and __repr__
class Stack:
    def __init__(self):
        self._items = []

    def push(self, item):
        self._items.append(item)

    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()

    def peek(self):
        return self._items[-1]

    def __len__(self):
        return len(self._items)

    def __bool__(self):
        return bool(self._items)

    def __iter__(self):
        return reversed(self._items)

    def __repr__(self):
        return f"Stack({self._items})"

class Queue:
    def __init__(self, items=()):
        self._front = list(items)

    def enqueue(self, item):
        self._front.append(item)

    def dequeue(self):
        return self._front.pop(0)

    def __len__(self):
        return len(self._front)

    def __iter__(self):
        yield from self._front

    def __contains__(self, item):
        return item in self._front

    def __repr__(self):
        return "Queue(" + ", ".join(map(repr, self._front)) + ")"

s = Stack()
print(bool(s), len(s), s)
for word in "to be or not".split():
    s.push(word)
print(s, len(s), s.peek(), list(s))
while s:
    print("popped", s.pop(), "left", len(s))
try:
    s.pop()
except IndexError as err:
    print("IndexError:", err)

def balanced(text):
    pairs = {")": "(", "]": "[", "}": "{"}
    st = Stack()
    for ch in text:
        if ch in "([{":
            st.push(ch)
        elif ch in pairs:
            if not st or st.pop() != pairs[ch]:
                return False
    return not st

for t in ["(a[b]{c})", "(]", "((", "{[()()]}"]:
    print(t, balanced(t))

q = Queue(["ann", "bo"])
q.enqueue("cy")
print(q, len(q), "bo" in q, "zed" in q, [name.upper() for name in q])
print(q.dequeue(), q, bool(q), bool(Queue()))
print(sorted(q), max(q), list(enumerate(q, 1)))
