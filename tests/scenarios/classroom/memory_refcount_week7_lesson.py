# Memory lesson: watching reference counts go up and down
import sys

class Box:
    def __init__(self, label):
        self.label = label

    def __repr__(self):
        return f"Box({self.label!r})"

def refs(obj):
    # getrefcount sees one extra reference: its own argument
    return sys.getrefcount(obj) - 1

b = Box("books")
print("fresh object:", refs(b))
alias = b
print("after alias = b:", refs(b))
shelf = [b, b, b]
print("after a list holding it 3 times:", refs(b))
owner = {"box": b}
print("after a dict value:", refs(b))
pair = (b, alias)
print("after a tuple of both names:", refs(b))
del alias
print("after del alias:", refs(b))
shelf.pop()
print("after shelf.pop():", refs(b))
shelf.clear()
print("after shelf.clear():", refs(b))
owner.clear()
pair = None
print("after clearing the rest:", refs(b))

def look(obj):
    print("  inside a function call:", refs(obj))
look(b)

def keep(obj, store=[]):
    store.append(obj)
    return len(store)
keep(b)
keep(b)
print("stored twice in a default list:", refs(b))
print(keep.__defaults__[0])

b.self_ref = b
print("pointing at itself:", refs(b))
del b.self_ref

nums = [1000 + i for i in range(3)]
big = nums[0]
print("int 1000 held by list and name:", refs(big))
s = "".join(["mem", "ory"])
print("a built string:", refs(s))
t = s
print("and another name:", refs(s))

x = []
y = [x, x]
z = {"a": x}
print("empty list shared:", refs(x))
del y
print("after del y:", refs(x))
z["b"] = z["a"]
print("two dict values:", refs(x))

class Node:
    def __init__(self):
        self.children = []
parent = Node()
kids = [Node() for _ in range(3)]
for k in kids:
    parent.children.append(k)
print([refs(k) for k in kids], refs(parent))
first = parent.children[0]
print(refs(first))
del parent
print("after del parent:", refs(first), [refs(k) for k in kids])

def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
f = counter()
print(refs(f), refs(f.__closure__[0]), f.__closure__[0].cell_contents)
f()
f()
print(f.__closure__[0].cell_contents)
g = f
print(refs(f))
