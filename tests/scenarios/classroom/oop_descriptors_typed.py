# Descriptors: typed, range-checked fields with __set_name__
class Typed:
    def __init__(self, kind, minimum=None):
        self.kind = kind
        self.minimum = minimum

    def __set_name__(self, owner, name):
        self.public = name
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.public} must be {self.kind.__name__}, not {type(value).__name__}")
        if self.minimum is not None and value < self.minimum:
            raise ValueError(f"{self.public} must be >= {self.minimum}")
        setattr(obj, self.private, value)

    def __repr__(self):
        return f"<Typed {self.public}: {self.kind.__name__}>"


class Constant:
    def __init__(self, value):
        self.value = value

    def __get__(self, obj, objtype=None):
        return self.value


class Product:
    name = Typed(str)
    price = Typed(float, 0.0)
    quantity = Typed(int, 0)
    currency = Constant("EUR")

    def __init__(self, name, price, quantity):
        self.name = name
        self.price = price
        self.quantity = quantity

    def total(self):
        return self.price * self.quantity


p = Product("pen", 1.5, 4)
print(p.name, p.total(), p.currency)
print(Product.price, Product.currency)
for field, value in [("price", -1.0), ("quantity", "3"), ("name", 7)]:
    try:
        setattr(p, field, value)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(sorted(vars(p)))
p.currency = "USD"
print(p.currency, Product.currency, vars(p)["currency"])
print(Product.__dict__["quantity"].private)
