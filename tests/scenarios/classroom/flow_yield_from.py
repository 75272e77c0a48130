# yield from: delegation, return values, and a generator caught in a cycle
import gc

def read_block(name, lines):
    count = 0
    for line in lines:
        yield f"{name}: {line}"
        count += 1
    return count

def read_all(blocks):
    totals = {}
    for name, lines in blocks.items():
        totals[name] = yield from read_block(name, lines)
    return totals

def driver():
    result = yield from read_all({"intro": ["hello", "world"], "body": ["a", "b", "c"]})
    print("  totals:", result)

for line in driver():
    print(line)

def inner():
    x = yield "inner ready"
    print("  inner got", x)
    return x * 2

def outer():
    r = yield from inner()
    yield f"outer saw {r}"

o = outer()
print(next(o))
print(o.send(21))

class Holder:
    pass

def worker(holder):
    try:
        yield "working"
    finally:
        print("  finally during collection, holder is", type(holder).__name__)

h = Holder()
h.task = worker(h)
print(next(h.task))
del h
print("collect...")
gc.collect()
print("after collect")

def self_ref():
    me = yield
    try:
        yield "holding myself"
    finally:
        print("  self-referencing generator finalized")

s = self_ref()
next(s)
print(s.send(s))
del s
gc.collect()
print("end")
