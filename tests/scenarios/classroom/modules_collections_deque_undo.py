# An undo history that keeps only the last few actions
from collections import deque

history = deque(maxlen=4)
text = ""
for word in ["The", "quick", "brown", "fox", "jumps", "over"]:
    history.append(text)
    text = (text + " " + word).strip()
    print(f"{text!r:30} history={len(history)}")


def undo():
    global text
    if not history:
        print("nothing to undo")
        return
    text = history.pop()
    print("undo ->", repr(text))


for _ in range(5):
    undo()
print(history, history.maxlen)

# redo needs a second stack, filled as we undo
undo_stack, redo_stack = deque(), deque()
for action in ["type a", "type b", "delete b"]:
    undo_stack.append(action)
redo_stack.append(undo_stack.pop())
redo_stack.append(undo_stack.pop())
print(list(undo_stack), list(redo_stack))
undo_stack.append(redo_stack.pop())
print(list(undo_stack), list(redo_stack))
