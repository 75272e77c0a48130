# Defining __lt__ makes objects sortable with sorted(), min() and max()
class Card:
    RANKS = ["2", "3", "4", "5", "6", "7", "8", "9", "10", "J", "Q", "K", "A"]

    def __init__(self, rank, suit):
        self.rank = rank
        self.suit = suit

    def value(self):
        return Card.RANKS.index(self.rank)

    def __lt__(self, other):
        return self.value() < other.value()

    def __repr__(self):
        return self.rank + self.suit


hand = [Card("K", "h"), Card("3", "s"), Card("A", "d"), Card("10", "c"), Card("7", "h")]
print(hand)
print(sorted(hand))
print(sorted(hand, reverse=True))
print(min(hand), max(hand))
print(hand[0] < hand[1], hand[1] < hand[0])
print(hand[0] > hand[1])
hand.sort()
print(hand)
try:
    print(hand[0] <= hand[1])
except TypeError as e:
    print("TypeError:", e)
