# Queues with collections.deque: a bank line, a round-robin scheduler, maxlen history
from collections import deque
import sys

line = deque()
for customer in ["ann", "bob", "cat"]:
    line.append(customer)
line.appendleft("vip")
print(line, len(line))
while line:
    print("serving", line.popleft(), "waiting", list(line))
try:
    line.popleft()
except IndexError as e:
    print("IndexError:", e)

tasks = deque([("A", 3), ("B", 1), ("C", 2)])
timeline = []
while tasks:
    name, left = tasks.popleft()
    timeline.append(name)
    if left > 1:
        tasks.append((name, left - 1))
print("".join(timeline))

history = deque(maxlen=3)
for page in ["home", "about", "blog", "post", "contact"]:
    history.append(page)
print(history, history.maxlen)
d = deque(range(6))
d.rotate(2)
print(d)
d.rotate(-3)
print(d, d[0], d[-1], d.index(4), d.count(1))
d.extendleft("ab")
print(d)
d.remove("a")
d.reverse()
print(d, 3 in d)
print(sys.getsizeof(deque()), sys.getsizeof(deque(range(100))))
print(deque("abc") == deque("abc"), deque([1]) + deque([2]), deque([1, 2]) * 2)
