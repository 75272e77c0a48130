# How does sorted() compare objects? Only with <, and fewer times than you think
class Card:
    comparisons = 0

    def __init__(self, rank, suit):
        self.rank = rank
        self.suit = suit

    def __lt__(self, other):
        Card.comparisons += 1
        print(f"  is {self} < {other}?")
        return self.rank < other.rank

    def __repr__(self):
        return f"{self.rank}{self.suit}"

hand = [Card(7, "h"), Card(2, "s"), Card(9, "d"), Card(4, "c"), Card(2, "h")]
print("sorting", hand)
ordered = sorted(hand)
print(ordered, Card.comparisons, "comparisons")

# equal ranks keep their original order: the sort is stable
print([repr(c) for c in ordered if c.rank == 2])

# an already sorted hand needs only n - 1 comparisons
Card.comparisons = 0
sorted(ordered)
print(Card.comparisons, "comparisons for a sorted hand")

# with key=, the key function runs once per item and no __lt__ is called
calls = []
by_suit = sorted(hand, key=lambda c: calls.append(c) or c.suit)
print(by_suit, len(calls), "key calls")

# reverse=True is not the same as reversing afterwards for equal items
print(sorted(hand, key=lambda c: c.rank, reverse=True))
print(sorted(hand, key=lambda c: c.rank)[::-1])
