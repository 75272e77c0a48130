# A descriptor with __set_name__ validating a field
class Positive:
    def __set_name__(self, owner, name):
        print(f"__set_name__({owner.__name__}, {name!r})")
        self.name = name
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private)

    def __set__(self, obj, value):
        if not isinstance(value, (int, float)):
            raise TypeError(f"{self.name} must be a number, not {type(value).__name__}")
        if value <= 0:
            raise ValueError(f"{self.name} must be positive, got {value}")
        setattr(obj, self.private, value)


class Product:
    price = Positive()
    quantity = Positive()

    def __init__(self, name, price, quantity):
        self.name = name
        self.price = price
        self.quantity = quantity

    def total(self):
        return self.price * self.quantity


p = Product("pen", 1.5, 10)
print(p.total(), p.price, p.quantity)
print(sorted(vars(p)))
for bad in (-1, "ten", 0):
    try:
        p.quantity = bad
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(type(Product.price).__name__, Product.price.name)
print(Product.__dict__["price"] is Product.price)


class Lazy:
    def __init__(self, func):
        self.func = func

    def __get__(self, obj, cls):
        if obj is None:
            return self
        value = self.func(obj)
        obj.__dict__[self.func.__name__] = value
        print("computed", self.func.__name__)
        return value


class Circle:
    def __init__(self, r):
        self.r = r

    @Lazy
    def area(self):
        return 3.14159 * self.r ** 2


c = Circle(2)
print(c.area)
print(c.area)
print("area" in vars(c))
