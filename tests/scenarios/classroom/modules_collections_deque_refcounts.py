# Who holds a reference? Items in a deque, popped, copied and cleared
from collections import deque
import sys


class Job:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Job({self.name!r})"

    def __del__(self):
        print("  freed", self.name)


a = Job("a")
print("a alone:", sys.getrefcount(a))
q = deque([a])
print("in the deque:", sys.getrefcount(a))
q.append(a)
print("twice in it:", sys.getrefcount(a))
copy = q.copy()
print("and in a copy:", sys.getrefcount(a))
del copy
print("copy gone:", sys.getrefcount(a))
first = q.popleft()
print("popped into a name:", sys.getrefcount(a))
del first
print("name gone:", sys.getrefcount(a))

q.extend(Job(n) for n in "bcd")
print(len(q), q)
print("clearing")
q.clear()
print("after clear", len(q))

bounded = deque(maxlen=2)
for n in "xyz":
    print("append", n)
    bounded.append(Job(n))      # the oldest is dropped, and freed
print(bounded)
del bounded
print("end")
del a
