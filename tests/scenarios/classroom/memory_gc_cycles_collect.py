# Reference cycles and what gc.collect() returns
import gc
gc.collect()
print(gc.collect())
class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

a = Node("a")
b = Node("b")
a.other = b
b.other = a
del a, b
print("two nodes in a cycle:", gc.collect())
lst = []
lst.append(lst)
del lst
print("self-referencing list:", gc.collect())
d = {}
d["me"] = d
del d
print("self-referencing dict:", gc.collect())
ring = [Node(str(i)) for i in range(5)]
for i, n in enumerate(ring):
    n.other = ring[(i + 1) % 5]
del ring, n
print("ring of five:", gc.collect())
def make_closure_cycle():
    def f():
        return f
    return f
make_closure_cycle()
print("closure cycle:", gc.collect())
class WithSlots:
    __slots__ = ("peer",)
x = WithSlots()
y = WithSlots()
x.peer = y
y.peer = x
del x, y
print("slots cycle:", gc.collect())
t = ([],)
t[0].append(t)
del t
print("tuple-list cycle:", gc.collect())
try:
    raise ValueError("keep me")
except ValueError as e:
    err = e
del err
print("after exception:", gc.collect())
gen0 = gc.get_count()
print(type(gen0), len(gen0), gc.get_threshold())
print(gc.isenabled(), gc.is_tracked([]), gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked({}), gc.is_tracked({"a": 1}), gc.is_tracked({"a": []}))
print(gc.is_tracked((1, 2)), gc.is_tracked(([],)), gc.is_tracked(Node("z")), gc.is_tracked(WithSlots()))
gc.disable()
q = []
q.append(q)
del q
print(gc.isenabled(), gc.collect())
gc.enable()
print(gc.collect(), gc.garbage)
