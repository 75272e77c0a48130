# A shop's stock as a Counter: deliveries, sales, and set-like operations
from collections import Counter

stock = Counter(apples=10, pears=4, plums=0)
delivery = Counter({"apples": 5, "kiwis": 12})
print(stock)
stock.update(delivery)              # add counts
print(stock)
sold = Counter(apples=7, pears=4, kiwis=2)
stock.subtract(sold)                # counts may reach zero
print(stock)
print("in stock:", +stock)          # unary + drops zero and negative counts
print(sorted(stock.elements())[:6])

week1 = Counter(tea=3, coffee=5, cocoa=1)
week2 = Counter(tea=4, coffee=1, juice=2)
print("sum:", week1 + week2)
print("difference:", week1 - week2)
print("max of each:", week1 | week2)
print("min of each:", week1 & week2)

# comparisons treat a missing item as zero
print(Counter(a=1) == Counter(a=1, b=0))
print(Counter(a=1) <= Counter(a=2, b=1))

# in-place forms keep only positive counts
basket = Counter(eggs=6, milk=1)
basket -= Counter(eggs=6)
print(basket, len(basket))
basket += Counter(bread=2)
print(basket)
try:
    Counter.fromkeys("abc")
except NotImplementedError as e:
    print("NotImplementedError:", e)
