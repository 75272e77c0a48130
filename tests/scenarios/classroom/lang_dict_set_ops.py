# Dictionary and set operations: views, merging, counting, set algebra and the walrus
inventory = {"apple": 3, "banana": 0, "cherry": 12}
print(list(inventory.keys()), list(inventory.values()), list(inventory.items()))
keys = inventory.keys()
inventory["date"] = 7
print(keys, len(keys), "date" in keys)
print(inventory.pop("banana"), inventory.pop("zzz", "default"), inventory.setdefault("elder", 1), inventory)
merged = inventory | {"apple": 10, "fig": 2}
print(merged, inventory.get("fig"))
inventory |= {"grape": 4}
print(inventory, inventory.popitem(), len(inventory))
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, max(counts, key=counts.get), sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print(dict.fromkeys("abc", 0), dict(a=1, b=2), dict([("x", 1), ("y", 2)]))
d = {1: "one", True: "true?", 1.0: "float one"}
print(d)
try:
    for k in inventory:
        inventory[k + "!"] = 0
except RuntimeError as err:
    print("RuntimeError:", err)
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b, a <= {1, 2, 3, 4, 5}, {1, 2} < a, a.isdisjoint({9}))
a.add(9)
a.discard(100)
a.remove(1)
print(sorted(a), len(a), frozenset([1, 2]) == {1, 2}, {frozenset({1}): "ok"})
try:
    a.remove(100)
except KeyError as err:
    print("KeyError:", err)
print(set("hello") == {"h", "e", "l", "o"}, sorted(set([3, 1, 3, 2, 1])))
data = [5, 12, 7, 20, 3]
if (n := len(data)) > 3:
    print(f"list is long ({n} items)")
big = [y for x in data if (y := x * 2) > 15]
print(big, y)
while (item := data.pop()) != 7:
    print("popped", item)
print(data)
nested = {"a": {"b": {"c": 1}}}
print(nested["a"]["b"]["c"], nested.get("x", {}).get("y"), {**nested["a"], "d": 2})
print({k: v for k, v in sorted(counts.items()) if v > 1}, list(reversed({"p": 1, "q": 2})))
