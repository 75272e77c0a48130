# Memory lesson: how big are Python's containers?
import sys

def size(obj):
    return sys.getsizeof(obj)

print(f"{'object':<28}{'bytes':>6}")
for label, obj in [
    ("0", 0), ("1", 1), ("2**30", 2 ** 30), ("2**60", 2 ** 60), ("2**100", 2 ** 100),
    ("-1", -1), ("True", True), ("1.5", 1.5), ("3+4j", 3 + 4j), ("None", None),
    ("''", ""), ("'a'", "a"), ("'hello'", "hello"), ("'é'", "é"), ("'€uro'", "€uro"),
    ("b''", b""), ("b'abc'", b"abc"), ("bytearray(b'abc')", bytearray(b"abc")),
    ("()", ()), ("(1,)", (1,)), ("(1, 2, 3)", (1, 2, 3)),
    ("[]", []), ("[1]", [1]), ("[1, 2, 3]", [1, 2, 3]),
    ("{}", {}), ("{'a': 1}", {"a": 1}), ("set()", set()), ("{1, 2}", {1, 2}),
    ("frozenset({1})", frozenset({1})), ("range(10)", range(10)),
]:
    print(f"{label:<28}{size(obj):>6}")

print()
print("list growth by append:")
items = []
last = size(items)
print(f"  len {0:>3}: {last} bytes")
for i in range(40):
    items.append(i)
    now = size(items)
    if now != last:
        print(f"  len {len(items):>3}: {now} bytes (+{now - last})")
        last = now

print("list from a comprehension vs list(range):")
for n in (0, 5, 10, 50):
    print(f"  n={n:>2}: comp={size([i for i in range(n)])} list()={size(list(range(n)))} [0]*n={size([0] * n)}")

print("dict growth:")
d = {}
last = size(d)
print(f"  len {0:>3}: {last}")
for i in range(30):
    d[i] = i
    now = size(d)
    if now != last:
        print(f"  len {len(d):>3}: {now}")
        last = now

print("set growth:")
s = set()
last = size(s)
for i in range(40):
    s.add(i)
    now = size(s)
    if now != last:
        print(f"  len {len(s):>3}: {now}")
        last = now

print("strings grow one byte per ASCII char:")
for n in (1, 10, 100):
    print(f"  {n:>3} chars: {size('x' * n)}  {size('é' * n)}  {size('€' * n)}")

nested = [[0] * 100 for _ in range(10)]
print("getsizeof is shallow:", size(nested), "vs deep:", size(nested) + sum(size(r) for r in nested))
t = tuple(range(10))
l = list(range(10))
print("tuple vs list of 10:", size(t), size(l))
print("shrinking:", size(l), end=" ")
del l[2:]
print(size(l), end=" ")
l.clear()
print(size(l))
class Empty:
    pass
e = Empty()
print("instance:", size(e), "its __dict__:", size(e.__dict__), "class:", size(Empty) > 0)
e.a = 1
print("after one attribute:", size(e), size(e.__dict__))
