# weakref.ref: a reference that does not keep its object alive
import sys
import weakref


class Photo:
    def __init__(self, title):
        self.title = title

    def __del__(self):
        print("photo", self.title, "deleted")


p = Photo("sunset")
r = weakref.ref(p)
print("refcount unchanged by the weakref:", sys.getrefcount(p))
print("through the weakref:", r().title)
print("same object:", r() is p)
print("weakref count:", weakref.getweakrefcount(p))
del p
print("after del, r() returns:", r())


def on_death(ref):
    print("callback: the object is gone, ref() is", ref())


q = Photo("beach")
r2 = weakref.ref(q, on_death)
q = None
print("end")
try:
    weakref.ref(42)
except TypeError as e:
    print("TypeError:", e)
