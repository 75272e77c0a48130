# Three ways to answer for a missing key: __missing__, defaultdict, Counter
from collections import defaultdict, Counter
import sys


class Phonebook(dict):
    def __missing__(self, name):
        return f"<no number for {name}>"


book = Phonebook(ann="555-0101")
print(book["ann"])
print(book["bob"])             # answered, but not stored
print(len(book), "bob" in book, book.get("bob"))


class Memo(dict):
    """Fibonacci numbers computed when first asked for, then kept."""

    def __missing__(self, n):
        value = n if n < 2 else self[n - 1] + self[n - 2]
        self[n] = value
        return value


fib = Memo()
print(fib[30], len(fib))

auto = defaultdict(list)
auto["x"]                      # stored: the factory's result is kept
print(dict(auto))

votes = Counter()
votes["yes"]                   # answered 0, nothing stored
print(votes, len(votes))
votes["yes"] += 1              # stored by the assignment
print(votes)

# all three are dicts underneath, with their own class names
for m in (book, fib, auto, votes):
    print(type(m).__name__, isinstance(m, dict), sys.getsizeof(m) >= sys.getsizeof({}))
try:
    {}["missing"]
except KeyError as e:
    print("KeyError:", e)
