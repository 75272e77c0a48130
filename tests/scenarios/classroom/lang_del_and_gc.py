# Object lifetime: __del__ when the last reference goes, cycles and the garbage collector
import gc
import sys

class Tracked:
    def __init__(self, name):
        self.name = name
        print(f"create {name}")

    def __del__(self):
        print(f"delete {self.name}")

a = Tracked("a")
b = a
print("refs:", sys.getrefcount(a))
del a
print("a deleted, b still holds it")
b = None
print("b rebound")

def scope():
    t = Tracked("local")
    print("leaving scope")
scope()
print("after scope")

items = [Tracked("x"), Tracked("y")]
items.pop()
print("popped y")
items.clear()
print("cleared")

gc.disable()
p = Tracked("p")
q = Tracked("q")
p.partner = q
q.partner = p
del p, q
print("cycle unreachable, not yet freed")
found = gc.collect()
print("collected", found, "objects")
gc.enable()
t = Tracked("temp")
t = Tracked("replacement")
print("end of script")
