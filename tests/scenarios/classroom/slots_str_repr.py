# print() and str() use __str__; the interactive echo, repr() and the
# items inside a list use __repr__. Without __str__, __repr__ is used for both.

class Card:
    def __init__(self, rank, suit):
        self.rank = rank
        self.suit = suit

    def __str__(self):
        return f"{self.rank} of {self.suit}"

    def __repr__(self):
        return f"Card({self.rank!r}, {self.suit!r})"


class Coin:
    def __init__(self, value):
        self.value = value

    def __repr__(self):
        return f"Coin({self.value})"


c = Card("Q", "hearts")
print(c)
print(str(c))
print(repr(c))
print([c, Card(7, "clubs")])
print(f"drawn: {c} / {c!r}")
print("hand: " + str(c))
coin = Coin(2)
print(coin, str(coin), [coin], {"coin": coin})


class Broken:
    def __str__(self):
        return 42


try:
    print(Broken())
except TypeError as e:
    print("TypeError:", e)
