# Letter frequencies and anagrams with Counter
from collections import Counter
import sys


def is_anagram(a, b):
    return Counter(a.replace(" ", "").lower()) == Counter(b.replace(" ", "").lower())


pairs = [("listen", "silent"), ("Dormitory", "dirty room"), ("apple", "paple"), ("hello", "world")]
for a, b in pairs:
    print(f"{a!r} / {b!r}: {is_anagram(a, b)}")

letters = Counter("mississippi")
print(letters)
print(letters.most_common(1))
print(sorted(letters))                  # the distinct letters
print("".join(sorted(letters.elements())))

# the counts are ordinary ints
print(letters["s"] + letters["p"], type(letters["i"]).__name__)

# which letters does a word need that a rack of tiles lacks?
rack = Counter("retains")
word = Counter("nastier")
print(word - rack, not (word - rack))
word = Counter("trainees")
print(word - rack)
