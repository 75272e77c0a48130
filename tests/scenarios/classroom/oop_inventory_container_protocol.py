# An Inventory container: __len__, __iter__, __getitem__, __contains__, __setitem__
class Item:
    def __init__(self, name, qty, price):
        self.name = name
        self.qty = qty
        self.price = price

    def __repr__(self):
        return f"Item({self.name!r}, qty={self.qty}, price={self.price})"

    def __eq__(self, other):
        if not isinstance(other, Item):
            return NotImplemented
        return (self.name, self.qty, self.price) == (other.name, other.qty, other.price)

    __hash__ = None

class Inventory:
    def __init__(self, *items):
        self._items = {}
        for item in items:
            self[item.name] = item

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(sorted(self._items.values(), key=lambda i: i.name))

    def __getitem__(self, key):
        if isinstance(key, int):
            return list(self)[key]
        if isinstance(key, slice):
            return list(self)[key]
        try:
            return self._items[key]
        except KeyError:
            raise KeyError(f"no item named {key!r}") from None

    def __setitem__(self, name, item):
        self._items[name] = item

    def __delitem__(self, name):
        del self._items[name]

    def __contains__(self, name):
        return name in self._items

    def __bool__(self):
        return any(i.qty for i in self._items.values())

    def __repr__(self):
        return f"Inventory({len(self)} items)"

    def __add__(self, other):
        merged = Inventory(*self)
        for item in other:
            if item.name in merged:
                old = merged[item.name]
                merged[item.name] = Item(item.name, old.qty + item.qty, old.price)
            else:
                merged[item.name] = item
        return merged

    def total_value(self):
        return sum(i.qty * i.price for i in self)

shop = Inventory(Item("pen", 10, 1.5), Item("ink", 3, 7.25), Item("pad", 0, 2.0))
print(shop, len(shop), bool(shop))
for item in shop:
    print(f"  {item.name:<5}{item.qty:>4} @ {item.price:>5.2f}")
print(shop["ink"], shop[0], shop[-1], shop[1:])
print("pen" in shop, "cap" in shop, "cap" not in shop)
try:
    shop["cap"]
except KeyError as e:
    print("KeyError:", e)
try:
    shop[10]
except IndexError as e:
    print("IndexError:", e)
shop["cap"] = Item("cap", 4, 3.0)
del shop["pad"]
print([i.name for i in shop], f"{shop.total_value():.2f}")
warehouse = Inventory(Item("pen", 90, 1.2), Item("ruler", 20, 0.8))
both = shop + warehouse
print(both, [f"{i.name}:{i.qty}" for i in both])
print(list(reversed(list(both)))[0], sorted(both, key=lambda i: -i.qty)[0].name)
print(Item("a", 1, 1) == Item("a", 1, 1), Item("a", 1, 1) == "a", Item("a", 1, 1) != Item("a", 2, 1))
try:
    {Item("a", 1, 1)}
except TypeError as e:
    print("TypeError:", e)
empty = Inventory(Item("x", 0, 1))
print(bool(empty), bool(Inventory()), len(Inventory()))
it = iter(shop)
print(next(it).name, next(it).name)
print(max(shop, key=lambda i: i.price).name, sum(i.qty for i in shop))
names, qtys = zip(*[(i.name, i.qty) for i in shop])
print(names, qtys)
print(dict((i.name, i.qty) for i in both))
