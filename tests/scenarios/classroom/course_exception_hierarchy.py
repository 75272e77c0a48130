# A custom exception hierarchy: one base class, specific subclasses, extra fields
class ShopError(Exception):
    pass


class OutOfStock(ShopError):
    def __init__(self, item):
        super().__init__(f"{item} is out of stock")
        self.item = item


class PaymentDeclined(ShopError):
    def __init__(self, amount, reason="insufficient funds"):
        super().__init__(f"payment of {amount} declined: {reason}")
        self.amount = amount


stock = {"tea": 2, "cake": 0}


def buy(item, money, price=5):
    if stock.get(item, 0) == 0:
        raise OutOfStock(item)
    if money < price:
        raise PaymentDeclined(price)
    stock[item] -= 1
    return f"bought {item}"


for item, money in [("tea", 10), ("cake", 10), ("tea", 1), ("coffee", 10)]:
    try:
        print(buy(item, money))
    except OutOfStock as e:
        print("out of stock:", e.item, "|", e)
    except ShopError as e:
        print(type(e).__name__, "|", e)
print(issubclass(OutOfStock, ShopError), issubclass(ShopError, Exception))
print([c.__name__ for c in PaymentDeclined.__mro__])
