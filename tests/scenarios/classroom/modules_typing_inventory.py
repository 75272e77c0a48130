# A typed inventory class: the annotations document the types, Python
# stores them (evaluated when the def runs) but never checks them.
import sys
from typing import Dict, List, Optional


class Inventory:
    owner: str
    stock: Dict[str, int]

    def __init__(self, owner: str) -> None:
        self.owner = owner
        self.stock: Dict[str, int] = {}
        self.log: List[str] = []

    def add(self, item: str, qty: int = 1) -> None:
        self.stock[item] = self.stock.get(item, 0) + qty
        self.log.append(f"+{qty} {item}")

    def remove(self, item: str, qty: int = 1) -> bool:
        have = self.stock.get(item, 0)
        if have < qty:
            self.log.append(f"! {item}")
            return False
        self.stock[item] = have - qty
        self.log.append(f"-{qty} {item}")
        return True

    def find(self, item: str) -> Optional[int]:
        return self.stock.get(item)

    def items(self) -> List[str]:
        return sorted(self.stock)


shop = Inventory("corner shop")
shop.add("apple", 10)
shop.add("pear", 4)
shop.add("apple", 5)
print(shop.remove("pear", 3), shop.remove("pear", 3))
print(shop.stock, shop.items(), shop.find("apple"), shop.find("kiwi"))
print(shop.log)

print(Inventory.__annotations__)
print(Inventory.add.__annotations__)
print(Inventory.remove.__annotations__)
print(Inventory.find.__annotations__["return"])
print(Inventory.items.__annotations__)

# annotations are not checks: a wrong type goes through
shop.add("plum", 2.5)
print(shop.stock)

# the annotations dict is an ordinary dict on the function
ann = Inventory.add.__annotations__
print(type(ann).__name__, len(ann), sys.getsizeof(ann) > 0)
