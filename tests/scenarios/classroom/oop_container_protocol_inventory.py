# __len__, __bool__, __contains__, __getitem__/__setitem__/__delitem__ on an Inventory
class Inventory:
    def __init__(self):
        self._items = {}

    def __len__(self):
        return sum(self._items.values())

    def __bool__(self):
        print("  (__bool__ called)")
        return bool(self._items)

    def __contains__(self, name):
        return self._items.get(name, 0) > 0

    def __getitem__(self, name):
        return self._items[name]

    def __setitem__(self, name, count):
        if count < 0:
            raise ValueError("count must be non-negative")
        self._items[name] = count

    def __delitem__(self, name):
        del self._items[name]

    def __iter__(self):
        return iter(sorted(self._items))

    def __repr__(self):
        return f"Inventory({self._items})"


class Bag:
    def __init__(self, items):
        self.items = items

    def __len__(self):
        return len(self.items)


inv = Inventory()
if not inv:
    print("empty inventory")
inv["apple"] = 3
inv["pear"] = 0
inv["fig"] = 2
print(len(inv), "apple" in inv, "pear" in inv, "kiwi" not in inv)
print(inv["fig"], list(inv), inv)
del inv["pear"]
try:
    del inv["pear"]
except KeyError as e:
    print("KeyError:", e)
try:
    inv["fig"] = -1
except ValueError as e:
    print("ValueError:", e)
print("yes" if inv else "no")
print(bool(Bag([])), bool(Bag([0])), len(Bag("abc")))
print(inv.__len__(), Inventory.__contains__(inv, "fig"))
