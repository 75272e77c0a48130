# A descriptor class: data descriptors win over the instance dict
class Positive:
    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)

    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(self.name[1:] + " must be positive")
        setattr(obj, self.name, value)


class Constant:
    # no __set__: a non-data descriptor, the instance dict wins
    def __get__(self, obj, objtype=None):
        return 42


class Item:
    price = Positive()
    qty = Positive()
    answer = Constant()

    def __init__(self, price, qty):
        self.price = price
        self.qty = qty


it = Item(3, 4)
print(it.price, it.qty, it.price * it.qty)
print(it.__dict__)
try:
    it.qty = -1
except ValueError as e:
    print("ValueError:", e)
print(it.answer, Item.answer)
it.answer = 7
print(it.answer, it.__dict__)
print(type(Item.price).__name__, Item.price.name)
