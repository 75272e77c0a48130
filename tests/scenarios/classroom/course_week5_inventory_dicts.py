# Week 5: dictionaries - a shop inventory
inventory = {
    "apple": {"price": 0.5, "qty": 120, "tags": ["fruit", "red"]},
    "banana": {"price": 0.25, "qty": 0, "tags": ["fruit"]},
    "carrot": {"price": 0.1, "qty": 300, "tags": ["vegetable", "orange"]},
}

print(inventory.get("apple")["qty"])
print(inventory.get("durian"))
print(inventory.get("durian", {"qty": 0})["qty"])
print("banana" in inventory, "kiwi" not in inventory)

inventory["durian"] = {"price": 7.0, "qty": 4, "tags": ["fruit", "smelly"]}
del inventory["banana"]
print(list(inventory))

# setdefault to group by tag
by_tag = {}
for name, info in inventory.items():
    for tag in info["tags"]:
        by_tag.setdefault(tag, []).append(name)
for tag in sorted(by_tag):
    print(f"{tag:>10}: {', '.join(by_tag[tag])}")

# dict comprehension
values = {name: info["price"] * info["qty"] for name, info in inventory.items()}
print(values)
cheap = {k: v for k, v in values.items() if v < 50}
print(cheap)
squares = {n: n * n for n in range(6)}
print(squares)
inverted = {v: k for k, v in squares.items()}
print(inverted[16])

# counting with get
sentence = "the quick brown fox jumps over the lazy dog the end"
counts = {}
for word in sentence.split():
    counts[word] = counts.get(word, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
print(top)

# update, pop, popitem, merge operators
stock = {"pens": 10, "rulers": 4}
stock.update(pens=12, erasers=7)
stock.update({"rulers": 5})
print(stock)
print(stock.pop("erasers"), stock.pop("glue", "none left"))
print(stock.popitem(), stock)
more = stock | {"tape": 3}
print(more)
more |= {"pens": 0}
print(more)
print(dict.fromkeys(["a", "b", "c"], 0))
print(dict(zip(["x", "y"], [1, 2])))
print(sorted(values, key=values.get))
print(max(values.items(), key=lambda kv: kv[1]))

# nested report
total_value = 0
for name in sorted(inventory):
    info = inventory[name]
    worth = info["price"] * info["qty"]
    total_value += worth
    status = "OUT" if info["qty"] == 0 else "ok"
    print(f"{name.title():<8} ${info['price']:>6.2f} x {info['qty']:>4} = ${worth:>8,.2f} {status}")
print(f"{'Total':<8} {'':>23}${total_value:>8,.2f}")

try:
    inventory["kiwi"]
except KeyError as e:
    print("KeyError:", e)

keys = inventory.keys()
print(keys)
inventory["fig"] = {"price": 1, "qty": 1, "tags": []}
print(keys, len(keys))
print(inventory.items() & {("x", 1)})
copy = dict(inventory)
copy["apple"]["qty"] = 0
print(inventory["apple"]["qty"])
