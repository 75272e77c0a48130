# Frames keep objects alive: refcounts inside calls, tracebacks, generators
import sys
import gc

data = [0] * 100
print("global only:", sys.getrefcount(data) - 1)

def inspect(obj):
    return sys.getrefcount(obj) - 1

print("passed as argument:", inspect(data))

def nested(obj):
    alias = obj
    return inspect(alias)

print("alias in caller frame:", nested(data))

def gen_holding(obj):
    yield len(obj)
    yield "still holding"

g = gen_holding(data)
print("generator created:", sys.getrefcount(data) - 1)
next(g)
print("generator started:", sys.getrefcount(data) - 1)
g.close()
print("generator closed:", sys.getrefcount(data) - 1)

def fail(obj):
    local = obj
    raise ValueError("boom")

try:
    fail(data)
except ValueError as e:
    saved = e
print("exception keeps the frame:", sys.getrefcount(data) - 1)
del saved
print("exception dropped:", sys.getrefcount(data) - 1)

def make_cycle():
    a = {"name": "a"}
    b = {"name": "b", "other": a}
    a["other"] = b
    return len(a)

gc.collect()
make_cycle()
print("cycle collected:", gc.collect() >= 2)
print(sys.getsizeof(data), sys.getsizeof(()), sys.getsizeof(1), sys.getsizeof([]))
