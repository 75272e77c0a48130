# Enum members are singletons: what refers to them, and their size
from enum import Enum
import copy
import sys

class Suit(Enum):
    HEARTS = "♥"
    SPADES = "♠"

h = Suit.HEARTS
print(h is Suit("♥") is Suit["HEARTS"])
print(copy.copy(h) is h, copy.deepcopy(h) is h)

# a member is referenced by the class dict, the name map and the value
# map, plus getrefcount's argument and our variable h
print(sys.getrefcount(Suit.SPADES), sys.getrefcount(h))
print(sys.getsizeof(h), sorted(vars(h)))
print(h.__dict__["_value_"], h.__dict__["_sort_order_"])

# more references as the program keeps members
hand = [Suit.SPADES] * 5
print(sys.getrefcount(Suit.SPADES))
del hand
print(sys.getrefcount(Suit.SPADES))

# members are hashable and unique in sets
print(len({Suit.HEARTS, Suit("♥"), Suit.SPADES}))
print(type(Suit).__name__, type(h).__name__, type(h) is Suit)
