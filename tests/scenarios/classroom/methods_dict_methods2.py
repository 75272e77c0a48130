# Dictionary methods: fromkeys, setdefault, update, pop, popitem, copy, |
inventory = dict.fromkeys(["apples", "pears", "plums"], 0)
print(inventory)
inventory.update(apples=5, kiwis=2)
inventory.update({"pears": 3}, plums=1)
inventory.update([("figs", 7)])
print(inventory)
print(inventory.pop("kiwis"), inventory.pop("mangos", "none"), inventory.setdefault("limes", 4), inventory.setdefault("figs", 0))
print(inventory.popitem(), inventory.popitem(), len(inventory))
backup = inventory.copy()
backup["apples"] = 0
print(inventory["apples"], backup["apples"], backup is inventory)
merged = inventory | {"grapes": 9, "apples": 1}
print(merged, inventory)
alias = inventory
inventory |= {"cherries": 12}
print(alias is inventory, alias)
print(list(inventory.keys()), list(inventory.values()), list(inventory.items())[0])
print(inventory.get("nothing"), inventory.get("nothing", -1), "pears" in inventory)
print(dict.fromkeys("aab"), {}.fromkeys(range(3), []))
try:
    inventory.pop("dragonfruit")
except KeyError as e:
    print("KeyError:", e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
