# Nested containers: comparing or printing them recurses once per level,
# and CPython stops a very deep one with RecursionError
import sys


def wrap(item, depth):
    for _ in range(depth):
        item = [item]
    return item


a = wrap(0, 50)
b = wrap(0, 50)
print(a == b, a is b, a < wrap(1, 50))
print(repr(a)[:12], "...", len(repr(a)), "characters")
print("outer list:", sys.getsizeof(a), "bytes")

deep_a = wrap(0, 5000)
deep_b = wrap(0, 5000)
try:
    print(deep_a == deep_b)
except RecursionError as err:
    print("==:", err)
try:
    print(deep_a)
except RecursionError as err:
    print("print:", err)
try:
    text = str(deep_a)
except RecursionError as err:
    print("str:", err)
# the same object: equal without looking inside
print("itself:", deep_a == deep_a, deep_a in [deep_a])

pair = (0, 0)
for i in range(3000):
    pair = (pair, i)
try:
    print(pair == (pair[0], 2999))
    print(pair < (pair[0], 3000))
except RecursionError as err:
    print("tuples:", err)

tree = {}
node = tree
for level in range(2000):
    node["child"] = {}
    node = node["child"]
try:
    print(len(repr(tree)))
except RecursionError as err:
    print("dict:", err)

# a list that contains itself prints as [...], without recursing
loop = [1, 2]
loop.append(loop)
print(loop, loop[2] is loop)

# raising the limit lets a deeper structure through
sys.setrecursionlimit(20000)
print(len(repr(deep_a)), deep_a == deep_b)
del deep_a, deep_b
print("deleted")
