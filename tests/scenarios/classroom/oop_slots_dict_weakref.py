# __slots__ with '__dict__' and '__weakref__', slots under a class with a dict, and sizes
import sys
import weakref


class Plain:
    pass


class Tight:
    __slots__ = ("x", "y")


class Flexible:
    __slots__ = ("x", "__dict__")


class Referable:
    __slots__ = ("x", "__weakref__")


class Extended(Plain):
    __slots__ = ("extra",)


class Loose(Tight):
    pass


for cls in (Plain, Tight, Flexible, Referable, Extended, Loose):
    obj = cls()
    print(f"{cls.__name__:9} size={sys.getsizeof(obj):3} dict={hasattr(obj, '__dict__')!s:5}",
          f"weakref={hasattr(obj, '__weakref__')!s:5} slots={getattr(cls, '__slots__', None)}")

f = Flexible()
f.x = 1
f.color = "red"
print(f.x, vars(f), sorted(k for k in Flexible.__dict__ if not k.startswith("__")))
e = Extended()
e.extra = 5
e.other = 6
print(e.extra, vars(e), type(Extended.extra).__name__)
r = Referable()
ref = weakref.ref(r)
print(ref() is r)
del r
print(ref())
try:
    weakref.ref(Tight())
except TypeError as err:
    print("TypeError:", err)
t = Tight()
try:
    t.z = 3
except AttributeError as err:
    print("AttributeError:", err)
loose = Loose()
loose.x, loose.z = 1, 2
print(loose.x, vars(loose))
