# __new__ for a singleton; __eq__ and __hash__ for value objects
import sys


class Settings:
    _instance = None

    def __new__(cls, *args):
        if cls._instance is None:
            print("creating the one Settings object")
            cls._instance = super().__new__(cls)
        return cls._instance

    def __init__(self, theme):
        self.theme = theme


a = Settings("dark")
b = Settings("light")
print(a is b, a.theme, sys.getrefcount(a))


class Money:
    def __init__(self, amount, currency):
        self.amount = amount
        self.currency = currency

    def __eq__(self, other):
        if not isinstance(other, Money):
            return False
        return self.amount == other.amount and self.currency == other.currency


print(Money(5, "EUR") == Money(5, "EUR"), Money(5, "EUR") != Money(6, "EUR"))
print(Money.__hash__ is None)
try:
    {Money(1, "EUR")}
except TypeError as e:
    print("TypeError:", e)


class HashableMoney(Money):
    def __hash__(self):
        return hash((self.amount, self.currency))


wallet = {HashableMoney(1, "EUR"), HashableMoney(1, "EUR"), HashableMoney(2, "EUR")}
print(len(wallet))


class Plain:
    pass


p = Plain()
print(p == p, p != Plain(), hash(p) == p.__hash__())
print(list(Money.__dict__))
