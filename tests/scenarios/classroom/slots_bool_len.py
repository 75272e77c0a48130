# What `if obj:` asks: __bool__ if the class has it, else __len__ (zero is
# false), else every object is true.

class Account:
    def __init__(self, balance):
        self.balance = balance

    def __bool__(self):
        print("  __bool__ called")
        return self.balance > 0


class Basket:
    def __init__(self):
        self.items = []

    def __len__(self):
        print("  __len__ called")
        return len(self.items)


class Plain:
    pass


for acc in [Account(50), Account(0)]:
    if acc:
        print("balance", acc.balance, "-> can pay")
    else:
        print("balance", acc.balance, "-> empty")

basket = Basket()
print("empty basket is true?", bool(basket))
basket.items.append("apple")
print("basket with an apple is true?", bool(basket))
print("not basket:", not basket)
print("Plain() is true?", bool(Plain()))
print("any:", any([Account(0), Account(5)]))


class Broken:
    def __bool__(self):
        return 1


try:
    if Broken():
        pass
except TypeError as e:
    print("TypeError:", e)


class Negative:
    def __len__(self):
        return -1


try:
    len(Negative())
except ValueError as e:
    print("ValueError:", e)
