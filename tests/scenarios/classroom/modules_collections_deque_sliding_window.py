# A sliding window with deque(maxlen=...): the last N readings and their average
from collections import deque
import sys

window = deque(maxlen=3)
readings = [12, 15, 11, 20, 18, 25, 21]
for r in readings:
    window.append(r)               # the oldest falls out once full
    avg = sum(window) / len(window)
    print(f"read {r:2d}  window {list(window)}  average {avg:.2f}")

print(window, window.maxlen)
window.appendleft(0)               # pushes out at the other end
print(window)
window.extend([1, 2])
print(window)

# the last lines of a file, as tail does
log = ["boot", "login alice", "open file", "save file", "logout alice", "shutdown"]
last3 = deque(log, maxlen=3)
print(list(last3))

# maxlen cannot change, and a full bounded deque refuses insert
try:
    window.maxlen = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    window.insert(0, 99)
except IndexError as e:
    print("IndexError:", e)

# a bounded deque's size does not grow past its block
big = deque(maxlen=10)
for i in range(1000):
    big.append(i)
print(len(big), big[0], sys.getsizeof(big) == sys.getsizeof(deque()))
