# Dict views are live: they change as the dict changes
stock = {"apple": 5, "pear": 2, "plum": 0}
keys = stock.keys()
values = stock.values()
items = stock.items()
print(keys, values, items, sep="\n")
stock["kiwi"] = 7
del stock["plum"]
print(keys, len(keys), list(values), ("kiwi", 7) in items, "plum" in keys)
print(sorted(keys & {"apple", "banana"}), sorted(keys | {"fig"}), sorted(keys - {"pear"}), sorted(keys ^ {"pear", "fig"}))
print(sorted({"apple", "x"} & keys), sorted(["kiwi", "x"] - keys) if False else sorted({"kiwi", "x"} - keys))
print(keys == {"apple", "pear", "kiwi"}, keys != {"apple"}, keys <= {"apple", "pear", "kiwi", "fig"}, keys > {"apple"})
print(keys.isdisjoint(["fig", "date"]), items.isdisjoint({("apple", 5)}), sorted(items & {("apple", 5), ("pear", 9)}))
other = {"apple": 1, "pear": 2}
print(sorted(stock.keys() & other.keys()), sorted(stock.items() - other.items()), sorted(stock.items() ^ other.items()))
print(list(reversed(keys)), list(reversed(values)), list(reversed(items)))
print(type(keys).__name__, type(iter(keys)).__name__, type(reversed(stock)).__name__, type(reversed(items)).__name__)
it = iter(stock)
next(it)
stock["new"] = 1
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e)
for k in list(stock):
    if stock[k] < 3:
        del stock[k]
print(stock, values == values, stock.values() == stock.values())
try:
    values & {1}
except TypeError as e:
    print("TypeError:", e)
try:
    keys[0]
except TypeError as e:
    print("TypeError:", e)
print(sum(values), max(keys), sorted(items, key=lambda kv: kv[1]), dict(items))
