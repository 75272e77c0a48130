# A weak reference does not keep its object alive.
import sys
import weakref

class Data:
    pass

d = Data()
r = weakref.ref(d)
print("alive:", r() is d)
print("refcount unchanged:", sys.getrefcount(d))
del d
print("after del:", r())
