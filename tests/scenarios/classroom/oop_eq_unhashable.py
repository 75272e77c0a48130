# Defining __eq__ without __hash__ makes instances unhashable
class Money:
    def __init__(self, amount, currency):
        self.amount = amount
        self.currency = currency

    def __eq__(self, other):
        return (self.amount, self.currency) == (other.amount, other.currency)

    def __repr__(self):
        return f"{self.amount} {self.currency}"


print(Money.__hash__)
m = Money(5, "EUR")
print(m == Money(5, "EUR"), m != Money(6, "EUR"))
try:
    {m}
except TypeError as e:
    print("TypeError:", e)
try:
    {m: 1}
except TypeError as e:
    print("TypeError:", e)


class HashableMoney(Money):
    def __hash__(self):
        return hash((self.amount, self.currency))


wallet = {HashableMoney(5, "EUR"), HashableMoney(5, "EUR"), HashableMoney(1, "USD")}
print(len(wallet), HashableMoney(5, "EUR") in wallet)


class Plain:
    pass


p, q = Plain(), Plain()
print(p == q, p == p, hash(p) == hash(p), Plain.__hash__ is object.__hash__)


class Frozen(Money):
    __hash__ = Money.__hash__


print(Frozen.__hash__)


class ById:
    def __eq__(self, other):
        return self is other
    __hash__ = object.__hash__


x = ById()
print({x: "ok"}[x], isinstance(Money.__hash__, type(None)))
