# A lesson on the cycle collector's lists: a name keeps one cycle alive,
# another cycle has a __del__ and a weak reference with a callback.
import gc
import sys
import weakref


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

    def __del__(self):
        print("__del__ of", self.name)


def gone(ref):
    print("callback: the weak reference is dead:", ref() is None)


def report(phase, info):
    print("gc", phase, "generation", info["generation"], "collected", info["collected"])


gc.collect()
gc.disable()               # only our gc.collect(0) runs
x = Node("x")              # tracked first, so scanned first
y = Node("y")
y.other = x
x.other = y
del x                      # only y.other holds x now
a = Node("a")
b = Node("b")
a.other = b
b.other = a
watcher = weakref.ref(a, gone)
del a, b                   # a cycle no name reaches
print("generation 0, in list order:", [n.name for n in gc.get_objects(0) if isinstance(n, Node)])
print("y is held by", sys.getrefcount(y) - 1, "references")
gc.callbacks.append(report)
print("found", gc.collect(0))
gc.callbacks.remove(report)
print("the weak reference is dead:", watcher() is None, "- y.other is", y.other.name)
print("generation 1, in list order:", [n.name for n in gc.get_objects(1) if isinstance(n, Node)])
