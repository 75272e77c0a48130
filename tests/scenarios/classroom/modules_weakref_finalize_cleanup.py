# weakref.finalize: cleanup when an object goes, or at the latest at exit
import weakref


class TempFile:
    def __init__(self, path):
        self.path = path
        self._finalizer = weakref.finalize(self, TempFile._remove, path)

    @staticmethod
    def _remove(path):
        print(f"  removing {path}")

    def close(self):
        self._finalizer()

    @property
    def closed(self):
        return not self._finalizer.alive


print("1. the object goes")
a = TempFile("a.tmp")
del a

print("2. closed by hand, then deleted: the cleanup runs once")
b = TempFile("b.tmp")
b.close()
print("  closed:", b.closed)
del b

print("3. detached: no cleanup")
c = TempFile("c.tmp")
obj, func, args, kwargs = c._finalizer.detach()
print("  detached:", args, kwargs, c.closed)
del c, obj

print("4. a finalizer's return value")
d = TempFile("d.tmp")
f = weakref.finalize(d, len, "four")
print("  returned:", f(), "then", f(), f.alive)

print("5. left for the exit")
e = TempFile("e.tmp")
g = TempFile("g.tmp")
quiet = TempFile("quiet.tmp")
quiet._finalizer.atexit = False
print("  atexit flags:", e._finalizer.atexit, quiet._finalizer.atexit)
print("end of the script")
