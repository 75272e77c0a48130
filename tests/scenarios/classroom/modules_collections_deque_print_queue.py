# A printer queue with collections.deque: jobs in at the back, out at the front
from collections import deque
import sys

queue = deque()
print(queue, len(queue), sys.getsizeof(queue))

for name in ["report.pdf", "photo.png", "letter.doc"]:
    queue.append(name)
    print("queued", name, "->", len(queue), "waiting")

urgent = "boarding-pass.pdf"
queue.appendleft(urgent)          # jumps the queue
print(queue)

while queue:
    job = queue.popleft()         # O(1) at the front, unlike list.pop(0)
    print("printing", job)
print("empty:", queue, bool(queue))

try:
    queue.popleft()
except IndexError as e:
    print("IndexError:", e)

# a deque of jobs keeps one 64-slot block until it needs another
for i in range(70):
    queue.append(f"job{i}")
print(len(queue), sys.getsizeof(queue))
for i in range(10):
    queue.popleft()
print(len(queue), sys.getsizeof(queue), queue[0], queue[-1])
queue.clear()
print(len(queue), sys.getsizeof(queue))
