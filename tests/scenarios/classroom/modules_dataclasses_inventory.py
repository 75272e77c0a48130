# An inventory: default values, default_factory and conversions
from dataclasses import dataclass, field, asdict, astuple, fields, MISSING
import sys

@dataclass
class InventoryItem:
    name: str
    unit_price: float
    quantity_on_hand: int = 0
    tags: list = field(default_factory=list)

    def total_cost(self) -> float:
        return self.unit_price * self.quantity_on_hand

widget = InventoryItem("widget", 2.5, 10)
gadget = InventoryItem("gadget", 4.0)
widget.tags.append("blue")
print(widget)
print(gadget)
print("total:", widget.total_cost(), gadget.total_cost())

# each item gets its own list from the factory
print("tags shared:", widget.tags is gadget.tags)

# a mutable default is refused when the class is made
try:
    @dataclass
    class Basket:
        items: list = []
except ValueError as e:
    print("ValueError:", e)

# conversions to plain containers
print(asdict(widget))
print(astuple(widget))
d = asdict(widget)
print("asdict copies the list:", d["tags"] is widget.tags)

for f in fields(InventoryItem):
    if f.default is not MISSING:
        how = f"default {f.default!r}"
    elif f.default_factory is not MISSING:
        how = f"made by {f.default_factory.__name__}()"
    else:
        how = "required"
    print(f.name, f.type.__name__, how)

# the default lives on the class, the values in each instance
print(InventoryItem.quantity_on_hand, "tags" in InventoryItem.__dict__)
stock = [InventoryItem(f"item{i}", 1.0 + i, i) for i in range(3)]
print(sum(item.total_cost() for item in stock))
print(sys.getsizeof(widget), sys.getsizeof(widget.__dict__))
