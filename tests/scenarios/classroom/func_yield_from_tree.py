# yield from: flattening nested data and delegating to sub-generators
def flatten(items):
    for item in items:
        if isinstance(item, (list, tuple)):
            yield from flatten(item)
        else:
            yield item


class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children

    def __iter__(self):
        yield self.value
        for child in self.children:
            yield from child

    def depth_first(self, depth=0):
        yield depth, self.value
        for child in self.children:
            yield from child.depth_first(depth + 1)


def sub_task(name):
    received = yield f"{name} ready"
    yield f"{name} got {received}"
    return f"{name} result"


def supervisor():
    r1 = yield from sub_task("A")
    print("  supervisor saw", r1)
    r2 = yield from sub_task("B")
    print("  supervisor saw", r2)
    return [r1, r2]


print(list(flatten([1, [2, [3, (4, 5)], []], 6])))
t = Tree("root", Tree("a", Tree("a1"), Tree("a2")), Tree("b"))
print(list(t))
for depth, value in t.depth_first():
    print("  " * depth + value)
s = supervisor()
print(next(s))
print(s.send("x"))
print(next(s))
print(s.send("y"))
try:
    next(s)
except StopIteration as e:
    print("supervisor returned", e.value)


def chain(*iterables):
    for it in iterables:
        yield from it


print(list(chain("ab", range(3), {"k": 1})))
