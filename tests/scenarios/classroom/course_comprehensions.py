# List, dict and set comprehensions, with conditions and nesting
squares = [x * x for x in range(10)]
print(squares)
evens = [x for x in range(20) if x % 2 == 0]
print(evens)
labels = ["even" if x % 2 == 0 else "odd" for x in range(5)]
print(labels)

matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix)
flat = [n for row in matrix for n in row]
print(flat)
transposed = [[row[i] for row in matrix] for i in range(3)]
print(transposed)

words = ["apple", "banana", "cherry"]
lengths = {w: len(w) for w in words}
print(lengths)
inverted = {v: k for k, v in {"a": 1, "b": 2}.items()}
print(inverted)

remainders = {n % 5 for n in range(20)}
print(remainders)
print(sorted({len(w) for w in words}))
pairs = [(x, y) for x in range(3) for y in range(3) if x < y]
print(pairs)
