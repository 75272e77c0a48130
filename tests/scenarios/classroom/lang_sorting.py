# Sorting with key and reverse, stability, and sorting objects
students = [
    ("ann", "B", 82), ("bo", "A", 95), ("cy", "B", 82), ("di", "C", 70),
    ("ed", "A", 95), ("flo", "B", 88),
]
print(sorted(students, key=lambda s: s[2]))
print(sorted(students, key=lambda s: s[2], reverse=True))
print(sorted(students, key=lambda s: (-s[2], s[0])))
by_grade = sorted(students, key=lambda s: s[1])
print([s[0] for s in by_grade])
twice = sorted(sorted(students, key=lambda s: s[0], reverse=True), key=lambda s: s[1])
print([s[0] for s in twice])
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=lambda w: (len(w), w)))
nums = [5, -3, 2, -8, 0, 7]
nums.sort(key=abs)
print(nums, sorted(nums, reverse=True), min(nums, key=abs), max(nums))
print(sorted("hello"), "".join(sorted("hello", reverse=True)), sorted({3: "c", 1: "a", 2: "b"}))
d = {"x": 3, "y": 1, "z": 2}
print(sorted(d.items(), key=lambda kv: kv[1]), sorted(d, key=d.get, reverse=True))

class Card:
    ranks = "23456789TJQKA"
    def __init__(self, rank, suit):
        self.rank, self.suit = rank, suit
    def __lt__(self, other):
        return Card.ranks.index(self.rank) < Card.ranks.index(other.rank)
    def __repr__(self):
        return self.rank + self.suit

hand = [Card("K", "h"), Card("3", "s"), Card("A", "d"), Card("3", "c"), Card("T", "h")]
print(sorted(hand), max(hand), min(hand), sorted(hand, reverse=True))
try:
    sorted([1, "two", 3])
except TypeError as err:
    print("TypeError:", err)
print(sorted([3, 1, 2]) == [1, 2, 3], list(reversed([1, 2, 3])), [1, 2, 3][::-1])
from operator import itemgetter, attrgetter
print(sorted(students, key=itemgetter(1, 0))[:3], sorted(hand, key=attrgetter("suit")))
