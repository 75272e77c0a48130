# A dict subclass: super().__init__, an overridden __setitem__, and __missing__
import sys


class Registry(dict):
    def __init__(self, name, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.name = name
        self.writes = 0

    def __setitem__(self, key, value):
        self.writes += 1
        print(f"  {self.name}: {key} -> {value}")
        super().__setitem__(key, value)


reg = Registry("students", alice=90)
reg["bob"] = 72
reg["carol"] = 85
print(reg)
print(len(reg), reg["alice"], reg.writes, reg.name)
print(sorted(reg.items()))
print(reg == {"alice": 90, "bob": 72, "carol": 85})

# update() and setdefault() do not go through __setitem__
reg.update(dave=60)
reg.setdefault("erin", 99)
print(reg.writes, list(reg))


class Grades(dict):
    """Unknown students have no grades yet."""

    def __missing__(self, key):
        print("  missing:", key)
        return []


g = Grades()
g["ann"] = [3, 4]
print(g["ann"], g["zoe"], "zoe" in g, g.get("zoe"))


class WordCount(dict):
    def __missing__(self, word):
        return 0


counts = WordCount()
for word in "the cat and the hat and the bat".split():
    counts[word] = counts[word] + 1
print(counts)
print(max(counts, key=counts.get))

# the cost of subclassing dict
print("dict:", sys.getsizeof({}), "Registry:", sys.getsizeof(Registry("r")))
print("WordCount:", sys.getsizeof(counts), "same items as a dict:", sys.getsizeof(dict(counts)))
print(type(reg).__name__, isinstance(reg, dict), type(reg.copy()).__name__)
try:
    reg["nobody"]
except KeyError as e:
    print("KeyError:", e)
