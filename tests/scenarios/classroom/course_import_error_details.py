# What an ImportError tells you: name, path and msg
import math

try:
    from itertools import chain, flatten
except ImportError as e:
    print(type(e).__name__, "-", e)
    print("name:", e.name)
    print("path:", e.path)
    print("msg:", e.msg)
    print("args:", e.args)

try:
    from sys import getsizeof, sizeof
except ImportError as e:
    print(e)
    print(e.name, e.msg == str(e), e.args == (e.msg,))

try:
    from math import tau, squareroot
except ImportError as e:
    print(e.name, e.msg.startswith("cannot import name 'squareroot' from 'math'"))

err = ImportError("could not load the plugin", name="plugins.fancy", path="/opt/plugins/fancy.py")
print(repr(err))
print(err.name, err.path, err.msg, err.args)
print(str(err))
bare = ImportError()
print(repr(bare), bare.name, bare.path, bare.msg, bare.args)
two = ImportError("a", "b")
print(two.msg, two.args, str(two))
try:
    ImportError("x", nme="typo")
except TypeError as e:
    print("TypeError:", e)

mnf = ModuleNotFoundError("No module named 'spam'", name="spam")
print(repr(mnf), mnf.name, isinstance(mnf, ImportError), ModuleNotFoundError.__mro__[1].__name__)

try:
    math.squareroot(4)
except AttributeError as e:
    print("AttributeError:", e)
    print(e.name, e.obj is math)

def load(feature):
    try:
        if feature == "fast":
            from math import fast_sqrt
        return "loaded"
    except ImportError as e:
        raise RuntimeError(f"feature {feature!r} unavailable") from e

print(load("slow"))
try:
    load("fast")
except RuntimeError as e:
    print(e, "<-", e.__cause__.name, type(e.__cause__).__name__)
