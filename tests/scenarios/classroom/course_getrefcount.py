# sys.getrefcount: how aliasing, containers and function calls change the count
import sys

data = [1, 2, 3]
print("one name:", sys.getrefcount(data))
alias = data
print("two names:", sys.getrefcount(data))
box = [data, data]
print("plus a list holding it twice:", sys.getrefcount(data))
d = {"k": data}
print("plus a dict value:", sys.getrefcount(data))


def inspect(obj):
    return sys.getrefcount(obj)


print("inside a function call:", inspect(data))
del alias
print("after del alias:", sys.getrefcount(data))
box.clear()
print("after clearing the list:", sys.getrefcount(data))
d = None
print("after dropping the dict:", sys.getrefcount(data))


class Thing:
    pass


t = Thing()
print("a fresh object:", sys.getrefcount(t))
t.me = t
print("after t.me = t:", sys.getrefcount(t))
