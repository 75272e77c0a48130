# Shuffling a deck of cards and dealing hands: shuffle works in place on
# the list, so the list object stays the same, only its order changes.
import random
import sys

random.seed(2024)

suits = ["♠", "♥", "♦", "♣"]
ranks = ["A", "2", "3", "4", "5", "6", "7", "8", "9", "10", "J", "Q", "K"]
deck = [rank + suit for suit in suits for rank in ranks]
print(len(deck), deck[:5], deck[-3:])

before = id(deck)
size_before = sys.getsizeof(deck)
result = random.shuffle(deck)
print("shuffle returns", result, "- same list:", id(deck) == before,
      "- same size:", sys.getsizeof(deck) == size_before)
print("top five:", deck[:5])

hands = {name: [] for name in ["North", "East", "South", "West"]}
for i in range(5):
    for name in hands:
        hands[name].append(deck.pop())
for name, hand in hands.items():
    print(f"{name:5}: {' '.join(hand)}")
print("cards left:", len(deck))

# a copy shuffled, the original kept
original = list(range(1, 11))
mixed = random.sample(original, len(original))
print(original, mixed)

# choice hands back the very object in the list, not a copy: one more
# reference to it while `card` names it
card = random.choice(deck)
print("random card:", card, card is deck[deck.index(card)], sys.getrefcount(card))
del card
random.shuffle(deck)
print("after another shuffle:", deck[:6])
