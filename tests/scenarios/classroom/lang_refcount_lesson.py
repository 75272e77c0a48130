# Reference counting with sys.getrefcount: names, containers and function calls
import sys

data = [1, 2, 3]
print("one name:", sys.getrefcount(data))
other = data
print("two names:", sys.getrefcount(data))
holder = [data, data]
print("in a list twice:", sys.getrefcount(data))
mapping = {"key": data}
print("as a dict value:", sys.getrefcount(data))
del other
print("after del other:", sys.getrefcount(data))
holder.clear()
print("after clearing the list:", sys.getrefcount(data))
mapping["key"] = None
print("after replacing the value:", sys.getrefcount(data))

def inspect(obj):
    return sys.getrefcount(obj)

print("inside a call:", inspect(data))

class Node:
    def __init__(self, value):
        self.value = value
        self.next = None

n1 = Node("a")
n2 = Node("b")
n1.next = n2
print("n2 referenced by name and n1.next:", sys.getrefcount(n2))
n1.next = None
print("after unlinking:", sys.getrefcount(n2))
t = (data,)
print("in a tuple:", sys.getrefcount(data), sys.getrefcount(t))
x = object()
refs = [x for _ in range(5)]
print("five list slots:", sys.getrefcount(x))
del refs
print("list deleted:", sys.getrefcount(x))
print("None and small ints have huge counts:", sys.getrefcount(None) > 1000, sys.getrefcount(1) > 100)
s = "a unique string for this lesson"
print(sys.getrefcount(s))
import gc
cycle = []
cycle.append(cycle)
print("a list holding itself:", sys.getrefcount(cycle))
del cycle
print("collected:", gc.collect() >= 1)
