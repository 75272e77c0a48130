# Frozensets are hashable, so they can be dict keys and set members
import sys
pairs = {}
edges = [(1, 2), (2, 1), (2, 3), (3, 2), (1, 3)]
for a, b in edges:
    key = frozenset((a, b))
    pairs[key] = pairs.get(key, 0) + 1
for key, n in pairs.items():
    print(sorted(key), n)
print(hash(frozenset()), hash(frozenset({1})), hash(frozenset({1, 2, 3})), hash(frozenset(range(10))))
print(hash(frozenset({1, 2})) == hash(frozenset({2, 1})), frozenset({1, 2}) == {1, 2}, frozenset() == set())
s = {frozenset({1, 2}), frozenset({2, 1}), frozenset({3})}
print(len(s), frozenset({3}) in s, {1, 2} in s)
try:
    {{1, 2}}
except TypeError as e:
    print("TypeError:", e)
try:
    frozenset({1}).add(2)
except AttributeError as e:
    print("AttributeError:", e)
fs = frozenset([3, 1, 2])
print(fs | {4}, fs & {1, 9}, fs - {1}, fs ^ {3, 5}, type(fs | {4}).__name__, type({4} | fs).__name__)
print(fs.issubset(range(5)), fs.issuperset([1]), fs.isdisjoint([7]), fs.copy() is fs, frozenset(fs) is fs)
print(sys.getsizeof(frozenset()), sys.getsizeof(fs), sys.getsizeof(frozenset(range(10))), sys.getsizeof(set(range(10))))
groups = {frozenset({"x"}): 1}
print(groups[frozenset(["x"])], {frozenset({1, 2}): "pair"}[frozenset([2, 1])])
