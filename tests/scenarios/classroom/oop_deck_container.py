# A Deck of cards: __len__, __getitem__, __iter__, __contains__, __reversed__
import random
import sys
from collections import namedtuple

Card = namedtuple("Card", ["rank", "suit"])


class Deck:
    ranks = [str(n) for n in range(2, 11)] + list("JQKA")
    suits = "spades diamonds clubs hearts".split()

    def __init__(self):
        self._cards = [Card(rank, suit) for suit in self.suits for rank in self.ranks]

    def __len__(self):
        return len(self._cards)

    def __getitem__(self, position):
        return self._cards[position]

    def __contains__(self, card):
        print("  __contains__ called")
        return card in self._cards

    def __reversed__(self):
        return reversed(self._cards)

    def shuffle(self, seed):
        random.Random(seed).shuffle(self._cards)


deck = Deck()
print(len(deck), deck[0], deck[-1])
print(deck[:3])
print(Card("Q", "hearts") in deck)
print([c.rank for c in deck[12::13]])
print(next(reversed(deck)))
print(next(iter(deck)), type(iter(deck)).__name__)
suit_values = dict(spades=3, hearts=2, diamonds=1, clubs=0)


def spades_high(card):
    rank_value = Deck.ranks.index(card.rank)
    return rank_value * len(suit_values) + suit_values[card.suit]


print([str(c.rank) + c.suit[0] for c in sorted(deck, key=spades_high)[:5]])
deck.shuffle(42)
print(deck[:5])
rng = random.Random(7)
print(rng.choice(deck), rng.sample(range(len(deck)), 3))
print(sys.getsizeof(deck[0]), sys.getsizeof(deck._cards))
print(Card._fields, deck[0]._asdict())
