# OrderedDict versus dict: order-sensitive equality, moving keys, FIFO pops
from collections import OrderedDict
import sys

a = OrderedDict(x=1, y=2)
b = OrderedDict(y=2, x=1)
print(a == b, dict(a) == dict(b))        # order matters between OrderedDicts
print(a == {"y": 2, "x": 1})             # but not against a plain dict
print(a)

tasks = OrderedDict()
for name in ["wash", "dry", "fold", "iron"]:
    tasks[name] = len(name)
tasks.move_to_end("wash")                # to the back
tasks.move_to_end("iron", last=False)    # to the front
print(list(tasks), list(tasks.items())[:2])
print(tasks.keys())
print(list(reversed(tasks)))

print(tasks.popitem())                   # from the end (LIFO)
print(tasks.popitem(last=False))         # from the front (FIFO)
print(tasks)
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    tasks.move_to_end("sleep")
except KeyError as e:
    print("KeyError:", e)

# each key costs a node on top of the dict's own entry
empty = OrderedDict()
small = OrderedDict.fromkeys("abc", 0)
print(sys.getsizeof(empty), sys.getsizeof(small), sys.getsizeof(dict(small)))
key = "a-rather-long-key-name"
od = OrderedDict({key: 1})
d = {key: 1}
print(sys.getrefcount(key))               # the node holds the key too
del od
print(sys.getrefcount(key))
