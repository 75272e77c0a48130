# Week 5: two Nodes pointing at each other - del is not enough, the cycle collector frees them (with __del__ and weak references)
import gc, sys, weakref
class Node:
    count = 0
    def __init__(self, name):
        self.name = name
        self.next = None
        Node.count += 1
    def __del__(self):
        print(f"deleting {self.name}")
        Node.count -= 1
    def __repr__(self):
        return f"Node({self.name!r})"
a = Node("a"); b = Node("b")
a.next = b; b.next = a
print(Node.count, sys.getrefcount(a), sys.getrefcount(b))
wr = weakref.ref(a, lambda r: print("callback", r() is None))
del a, b
print("after del", Node.count)
print("collected", gc.collect())
print(Node.count, wr())
def show(obj):
    print("inside", sys.getrefcount(obj))
c = Node("c"); show(c); print("outside", sys.getrefcount(c))
lst = [c, c, c]; print(sys.getrefcount(c)); lst.clear(); print(sys.getrefcount(c))
gc.disable(); print(gc.isenabled()); gc.enable()
print(gc.get_count()[0] >= 0)
cache = weakref.WeakValueDictionary()
cache["x"] = c
print(list(cache.keys()))
del c
print(list(cache.keys()))
class Tree:
    def __init__(self):
        self.children = []
        self.parent = None
    def add(self, child):
        child.parent = weakref.proxy(self)
        self.children.append(child)
root = Tree(); kid = Tree(); root.add(kid)
print(kid.parent.children[0] is kid)
del root
try:
    kid.parent.children
except ReferenceError as e:
    print("ReferenceError:", e)
gc.set_debug(gc.DEBUG_SAVEALL)
x = []; x.append(x); del x
print(gc.collect(), len(gc.garbage))
gc.set_debug(0); gc.garbage.clear()
print(sys.getrefcount([]), sys.getrefcount("unique string here"))
