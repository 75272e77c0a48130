# Translating a KeyError into a domain error with raise ... from None, uncaught
class UnknownProduct(LookupError):
    pass


class Catalog:
    def __init__(self):
        self._prices = {"apple": 0.5, "pear": 0.75}

    def price(self, name):
        try:
            return self._prices[name]
        except KeyError:
            raise UnknownProduct(f"no product called {name!r}") from None

    def total(self, basket):
        return sum(self.price(item) * qty for item, qty in basket.items())


c = Catalog()
print(c.total({"apple": 4, "pear": 2}))
try:
    c.price("kiwi")
except LookupError as e:
    print(type(e).__name__, e, e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
c.total({"apple": 1, "mango": 3})
