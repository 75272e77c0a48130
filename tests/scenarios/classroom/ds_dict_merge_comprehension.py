# Dictionary comprehensions, merging with | and |=, inversion, and sizes
import sys

prices = {"apple": 0.5, "bread": 2.25, "milk": 1.1, "cheese": 4.0}
stock = {"apple": 40, "bread": 0, "milk": 12}

cheap = {k: v for k, v in prices.items() if v < 2}
print(cheap)
value = {k: round(prices[k] * stock.get(k, 0), 2) for k in prices}
print(value)
inverted = {v: k for k, v in stock.items()}
print(inverted)
squares = {n: n * n for n in range(6) if n % 2 == 0}
print(squares)
defaults = {"color": "blue", "size": 10}
override = {"size": 12, "shape": "round"}
print(defaults | override, override | defaults)
merged = {**defaults, **override, "extra": True}
print(merged)
defaults |= override
print(defaults)
defaults |= [("weight", 3)]
print(defaults)
try:
    {} | [("a", 1)]
except TypeError as e:
    print("TypeError:", e)
grid = {(r, c): r * 3 + c for r in range(2) for c in range(3)}
print(grid[(1, 2)], len(grid), min(grid), max(grid.values()))
word_lengths = {w: len(w) for w in "the cat sat on the mat".split()}
print(word_lengths)
print(dict.fromkeys("abc", 0), dict(zip("xy", [1, 2])))
d = {}
sizes = [sys.getsizeof(d)]
for i in range(12):
    d[i] = i
    sizes.append(sys.getsizeof(d))
print(sorted(set(sizes)))
print(sys.getsizeof({k: None for k in range(5)}), sys.getsizeof(dict.fromkeys(range(5))))
nested = {"a": {"x": 1}, "b": {"y": 2}}
flat = {f"{o}.{i}": v for o, inner in nested.items() for i, v in inner.items()}
print(flat)
