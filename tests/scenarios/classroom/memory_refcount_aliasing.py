# Reference counts: names, aliases, containers and function arguments
import sys
data = [1, 2, 3]
print("start", sys.getrefcount(data))
alias = data
print("alias", sys.getrefcount(data))
box = [data, data]
print("in a list twice", sys.getrefcount(data))
d = {"k": data}
print("dict value", sys.getrefcount(data))
t = (data,)
print("tuple", sys.getrefcount(data))
def inspect(x):
    print("  inside a call", sys.getrefcount(x))
    y = x
    print("  plus a local", sys.getrefcount(x))
inspect(data)
print("after the call", sys.getrefcount(data))
del alias
box.pop()
print("after del and pop", sys.getrefcount(data))
d.clear()
t = None
box.clear()
print("back to", sys.getrefcount(data))
obj = object()
refs = [obj] * 10
print(sys.getrefcount(obj))
refs = refs[:3]
print(sys.getrefcount(obj))
s = "memory-lesson-" + str(42)
print(sys.getrefcount(s))
words = s.split("-")
print(sys.getrefcount(s), sys.getrefcount(words), len(words))
class Node:
    pass
n = Node()
n.self_ref = n
print(sys.getrefcount(n))
funcs = [lambda: n for _ in range(3)]
print(sys.getrefcount(n))
g = (x for x in [n])
print(sys.getrefcount(n))
next(g)
print(sys.getrefcount(n))
del g
print(sys.getrefcount(n), sys.getrefcount(Node) > 2)
it = iter(data)
print(sys.getrefcount(data))
m = map(str, data)
print(sys.getrefcount(data))
z = zip(data, data)
print(sys.getrefcount(data))
e = enumerate(data)
print(sys.getrefcount(data))
del it, m, z, e
print(sys.getrefcount(data))
