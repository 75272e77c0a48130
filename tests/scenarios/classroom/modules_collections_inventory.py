# An inventory: namedtuple items, a Counter of stock, defaultdict categories
from collections import namedtuple, Counter, defaultdict
import sys

Item = namedtuple("Item", "sku name category price")
catalog = [
    Item("A1", "pencil", "stationery", 0.5),
    Item("A2", "eraser", "stationery", 0.8),
    Item("B1", "apple", "food", 0.3),
    Item("B2", "bread", "food", 2.1),
    Item("C1", "cable", "electronics", 5.0),
]
stock = Counter({"A1": 100, "A2": 20, "B1": 50, "B2": 5})
stock.update({"C1": 3, "B2": 10})

by_category = defaultdict(list)
for item in catalog:
    by_category[item.category].append(item.name)
print(dict(by_category))

value = sum(stock[i.sku] * i.price for i in catalog)
print(f"stock value: {value:.2f}")
print("low stock:", [i.name for i in catalog if stock[i.sku] < 10])
print(stock.most_common(2))

sale = Counter(A1=30, B2=15)
stock -= sale
print(stock)
print(sorted(stock.elements())[:3], stock.total())

# one Item and the same data as a dict
pencil = catalog[0]
print(sys.getsizeof(pencil), sys.getsizeof(pencil._asdict()))
print(pencil._replace(price=0.6))
