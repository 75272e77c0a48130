# Dicts keep insertion order; their size jumps as the table resizes
import sys
d = {}
last = sys.getsizeof(d)
print("empty:", last)
for i in range(30):
    d[f"key{i}"] = i
    size = sys.getsizeof(d)
    if size != last:
        print(f"{len(d):>3} keys -> {size} bytes")
        last = size
print(list(d)[:5], list(d.values())[-3:])
e = {"b": 1, "a": 2}
e["c"] = 3
del e["b"]
e["b"] = 4
print(e, list(e.keys()))
print({1: "int", 1.0: "float", True: "bool"})
ints = {}
for i in range(10):
    ints[i] = i * i
print(sys.getsizeof(ints), sys.getsizeof({i: i for i in range(100)}), sys.getsizeof(dict.fromkeys(range(6))))
print(dict.fromkeys("abc"), dict.fromkeys(["x", "y"], 0), dict(zip("ab", [1, 2])), dict(a=1, b=2))
f = {"x": 1, "y": 2, "z": 3}
print(f.popitem(), f.popitem(), f)
f.update({"q": 9}, w=8)
f.update([("r", 7)])
print(f, f.setdefault("x", 100), f.setdefault("n"), f)
print(f.pop("q"), f.pop("missing", "default"), f.get("nope"), f.get("x", 0))
try:
    f.pop("missing")
except KeyError as err:
    print("KeyError:", err)
try:
    {}.popitem()
except KeyError as err:
    print("KeyError:", err)
merged = {"a": 1} | {"b": 2, "a": 3}
merged |= {"c": 4}
print(merged, list(reversed(merged)), list(reversed(merged.items())))
print({"a": 1} == {"a": 1.0}, {"a": 1, "b": 2} == {"b": 2, "a": 1}, len(merged), "a" in merged, 1 in merged.values())
