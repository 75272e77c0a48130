# A Stack class on top of a list, used to check balanced brackets
class Stack:
    def __init__(self):
        self._items = []

    def push(self, item):
        self._items.append(item)

    def pop(self):
        if self.is_empty():
            raise IndexError("pop from empty stack")
        return self._items.pop()

    def peek(self):
        return self._items[-1]

    def is_empty(self):
        return len(self._items) == 0

    def __len__(self):
        return len(self._items)


def balanced(text):
    pairs = {")": "(", "]": "[", "}": "{"}
    s = Stack()
    for ch in text:
        if ch in "([{":
            s.push(ch)
        elif ch in pairs:
            if s.is_empty() or s.pop() != pairs[ch]:
                return False
    return s.is_empty()


s = Stack()
for word in ["a", "b", "c"]:
    s.push(word)
print("size:", len(s), "top:", s.peek())
while not s.is_empty():
    print("popped", s.pop())
try:
    s.pop()
except IndexError as e:
    print("IndexError:", e)
for t in ["(a[b]{c})", "(]", "((", "{[()()]}"]:
    print(t, balanced(t))
