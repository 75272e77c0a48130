# __del__ order: when objects die during the run and at interpreter exit
import sys
class Tracked:
    count = 0
    def __init__(self, name):
        self.name = name
        Tracked.count += 1
        print("create", name)
    def __del__(self):
        Tracked.count -= 1
        print("delete", self.name)

def scope():
    local = Tracked("local")
    print("inside scope")
scope()
print("after scope")
x = Tracked("x")
y = x
del x
print("x deleted, y still holds it", Tracked.count)
y = Tracked("replacement")
print("count", Tracked.count)
items = [Tracked(f"item{i}") for i in range(3)]
items.pop(1)
print("popped")
items = None
print("list dropped")
t = Tracked("temp").name
print("temporary", t)
def make():
    return Tracked("returned")
make()
print("result ignored")
kept = make()
holder = {"a": Tracked("in dict")}
holder["a"] = Tracked("overwrite")
print("refcount of kept:", sys.getrefcount(kept))
g1 = Tracked("global one")
g2 = Tracked("global two")
print("end of script", Tracked.count)
