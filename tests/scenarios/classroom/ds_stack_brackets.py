# A Stack class over a list, used to check balanced brackets and evaluate RPN
import sys


class StackEmpty(Exception):
    pass


class Stack:
    def __init__(self):
        self._data = []

    def push(self, item):
        self._data.append(item)

    def pop(self):
        if not self._data:
            raise StackEmpty("pop from empty stack")
        return self._data.pop()

    def peek(self):
        return self._data[-1] if self._data else None

    def is_empty(self):
        return not self._data

    def __len__(self):
        return len(self._data)

    def __repr__(self):
        return f"Stack({self._data})"


PAIRS = {")": "(", "]": "[", "}": "{"}


def balanced(text):
    s = Stack()
    for ch in text:
        if ch in "([{":
            s.push(ch)
        elif ch in PAIRS:
            try:
                if s.pop() != PAIRS[ch]:
                    return False
            except StackEmpty:
                return False
    return s.is_empty()


def rpn(expression):
    s = Stack()
    for token in expression.split():
        if token in "+-*/":
            b, a = s.pop(), s.pop()
            s.push({"+": a + b, "-": a - b, "*": a * b, "/": a / b}[token])
        else:
            s.push(int(token))
    return s.pop()


for text in ["(a[b]{c})", "(]", "((", "", "{[()()]}", "}"]:
    print(repr(text), balanced(text))
print(rpn("3 4 + 2 *"), rpn("5 1 2 + 4 * + 3 -"), rpn("7 2 /"))
try:
    rpn("1 +")
except StackEmpty as e:
    print("StackEmpty:", e)
s = Stack()
sizes = []
for i in range(10):
    s.push(i)
    sizes.append(sys.getsizeof(s._data))
print(s, len(s), s.peek())
print(sizes)
