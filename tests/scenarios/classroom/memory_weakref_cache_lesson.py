# Memory lesson: weak references let a cache forget objects nobody uses
import gc
import sys
import weakref

class Image:
    loaded = 0

    def __init__(self, name):
        self.name = name
        self.pixels = [0] * 1000
        Image.loaded += 1
        print(f"  loading {name}")

    def __repr__(self):
        return f"Image({self.name!r})"

    def __del__(self):
        print(f"  freeing {self.name}")

cache = weakref.WeakValueDictionary()

def get_image(name):
    image = cache.get(name)
    if image is None:
        image = Image(name)
        cache[name] = image
    return image

print("load two images:")
a = get_image("cat.png")
b = get_image("dog.png")
print("ask again for cat:")
a2 = get_image("cat.png")
print(a2 is a, Image.loaded, sorted(cache.keys()))
print("drop every strong reference to the dog:")
del b
print(sorted(cache.keys()))
print("the cat still has two names:", sys.getrefcount(a) - 1)
del a, a2
print("cache is empty now:", len(cache))

print("weakref.ref and its callback:")
def gone(ref):
    print("  callback: referent is gone, ref() returns", ref())

img = Image("bird.png")
r = weakref.ref(img, gone)
print(r() is img, weakref.getweakrefcount(img), sys.getrefcount(img) - 1)
del img
print(r() is None)

print("a weak-keyed registry:")
notes = weakref.WeakKeyDictionary()
x = Image("x.png")
notes[x] = "holiday photo"
print(notes[x], len(notes))
del x
print(len(notes))

print("weak references do not keep cycles alive either:")
class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None
    def __del__(self):
        print(f"  node {self.name} collected")
n1, n2 = Node("one"), Node("two")
n1.peer, n2.peer = n2, n1
probe = weakref.ref(n1)
del n1, n2
print("after del, the cycle is still alive:", probe() is not None)
found = gc.collect()
print("gc found objects:", found > 0, "alive:", probe() is not None)

parent = Node("parent")
child = Node("child")
child.peer = weakref.ref(parent)
parent.peer = child
print(child.peer().name, sys.getrefcount(parent) - 1)
del parent
print("child's weak parent:", child.peer())
try:
    weakref.ref(42)
except TypeError as e:
    print("TypeError:", e)
try:
    weakref.ref([1, 2])
except TypeError as e:
    print("TypeError:", e)
p = weakref.proxy(child)
print(p.name)
del child
try:
    p.name
except ReferenceError as e:
    print("ReferenceError:", e)
print("end of lesson")
