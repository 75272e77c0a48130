# collections objects and the garbage collector: tracking, weak references, cycles
from collections import deque, defaultdict, OrderedDict, namedtuple, Counter
import gc
import weakref

print(gc.is_tracked({}), gc.is_tracked(defaultdict(int)), gc.is_tracked(Counter()))
print(gc.is_tracked(deque()), gc.is_tracked(OrderedDict()))
P = namedtuple("P", "x y")
print(gc.is_tracked((1, 2)), gc.is_tracked(P(1, 2)))
gc.collect()
print(gc.is_tracked((1, 2)), gc.is_tracked(P(1, 2)))

# deques and OrderedDicts can be weakly referenced; dicts cannot
d = deque([1, 2])
r = weakref.ref(d)
print(r() is d)
del d
print(r())
od = OrderedDict(a=1)
print(weakref.ref(od)() is od)
try:
    weakref.ref({})
except TypeError as e:
    print("TypeError:", e)


class Node:
    def __init__(self, name):
        self.name = name
        self.neighbours = deque()

    def __del__(self):
        print("collected", self.name)


a, b = Node("a"), Node("b")
a.neighbours.append(b)
b.neighbours.append(a)            # a cycle through two deques
del a, b
print("after del")
print(gc.collect() > 0)

class Box:
    pass


box = Box()
groups = defaultdict(list)
groups["me"].append(groups)        # a defaultdict holding itself
groups["box"].append(box)
probe = weakref.ref(box)
del groups, box
print(probe() is not None)         # kept alive by the cycle
gc.collect()
print(probe())
