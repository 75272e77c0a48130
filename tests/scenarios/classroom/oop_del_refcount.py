# __del__ and reference counts: when a finalizer runs
import sys
import gc


class Resource:
    def __init__(self, name):
        self.name = name
        print(f"open {name}")

    def __del__(self):
        print(f"__del__ {self.name}")


r = Resource("a")
print("refcount:", sys.getrefcount(r))
alias = r
print("with alias:", sys.getrefcount(r))
del r
print("deleted the name r; alias keeps it alive")
del alias
print("after del alias")


def make():
    tmp = Resource("temp")
    return len(tmp.name)


print("make() returned", make())
items = [Resource("x"), Resource("y")]
items.pop(0)
print("popped")
items = None
print("list dropped")


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

    def __del__(self):
        print(f"__del__ node {self.name}")


a, b = Node("A"), Node("B")
a.other, b.other = b, a
print(sys.getrefcount(a), sys.getrefcount(b))
del a, b
print("cycle unreachable, nothing printed yet")
print("collected:", gc.collect())
Resource("unnamed")
print("end of script")
last = Resource("last")
