# += on a list attribute mutates the shared list: aliasing through __iadd__
import sys


class Team:
    def __init__(self, name, members=None):
        self.name = name
        self.members = members if members is not None else []

    def __iadd__(self, person):
        print(f"  {self.name}.__iadd__({person!r})")
        self.members += [person]
        return self

    def __repr__(self):
        return f"Team({self.name!r}, {self.members})"


shared = ["ann"]
a = Team("a", shared)
b = Team("b", shared)
a += "bob"
print(a, b, sep="\n")
print("same list object:", a.members is b.members is shared)
print("refcount of shared list:", sys.getrefcount(shared))

t = (["x"], ["y"])
try:
    t[0] += ["z"]
except TypeError as e:
    print("TypeError:", e)
print("the tuple's list changed anyway:", t)

nums = [1, 2]
alias = nums
nums += [3]
print(nums, alias, nums is alias)
nums = nums + [4]
print(nums, alias, nums is alias)

class Counter:
    def __init__(self):
        self.n = 0
    def __add__(self, k):
        c = Counter()
        c.n = self.n + k
        return c
c = Counter()
before = c
c += 5
print("no __iadd__, falls back to __add__:", c.n, before.n, c is before)
