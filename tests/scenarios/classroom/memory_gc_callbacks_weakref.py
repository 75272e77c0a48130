# gc.callbacks, weakref callbacks and weakref.finalize in one lesson
import gc
import weakref

events = []
def on_gc(phase, info):
    if phase == "stop":
        events.append((info["generation"], info["collected"], info["uncollectable"]))
    else:
        events.append(("start", info["generation"]))

gc.callbacks.append(on_gc)
class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None
    def __repr__(self):
        return f"Node({self.name!r})"

a, b = Node("a"), Node("b")
a.peer, b.peer = b, a
ra = weakref.ref(a, lambda r: print("callback: a is gone, ref is dead:", r() is None))
fin = weakref.finalize(b, print, "finalize: b cleaned up")
print(ra(), fin.alive, weakref.getweakrefcount(a))
del a, b
print("collected", gc.collect())
print(events)
print(ra(), fin.alive)
gc.callbacks.remove(on_gc)
events.clear()
gc.collect()
print(events, len(gc.callbacks))

c = Node("c")
f2 = weakref.finalize(c, lambda: print("finalize c"))
print(f2.peek()[0] is c, f2.detach()[0] is c, f2.alive, f2())
d = Node("d")
f3 = weakref.finalize(d, print, "called early")
f3()
f3()
print(f3.alive)
del d
cache = weakref.WeakValueDictionary()
items = [Node(str(i)) for i in range(4)]
for n in items:
    cache[n.name] = n
print(sorted(cache.keys()))
del items[1:3]
print(sorted(cache.keys()), len(cache))
items.clear()
print(len(cache))
s = weakref.WeakSet()
keep = Node("k")
s.add(keep)
s.add(Node("temp"))
print(len(s))
e = Node("e")
f4 = weakref.finalize(e, print, "at exit: e finalized")
print("end of script")
