# Counting the words of a text with collections.Counter
from collections import Counter
import sys

text = """the quick brown fox jumps over the lazy dog the dog barks
and the fox runs away quick as a fox can"""

words = text.split()
counts = Counter(words)
print(len(words), "words,", len(counts), "different")
print(counts.most_common(3))
print("fox:", counts["fox"], "cat:", counts["cat"])   # a missing word counts 0
print("cat" in counts)                                # ...and is not added
print("total:", counts.total())

# Counter is a dict: the same lookups, the same table
print(isinstance(counts, dict), type(counts).__name__)
plain = dict(counts)
print(plain == counts, len(plain))
print("Counter:", sys.getsizeof(counts), "dict:", sys.getsizeof(plain))

# counting by hand with a dict gives the same numbers
by_hand = {}
for w in words:
    by_hand[w] = by_hand.get(w, 0) + 1
print(by_hand == dict(counts))

# the words used only once, in the order they first appeared
print([w for w, n in counts.items() if n == 1])

# a second text adds its counts
counts.update("the end of the story".split())
print(counts.most_common(2), counts["end"])
print(repr(Counter()))
