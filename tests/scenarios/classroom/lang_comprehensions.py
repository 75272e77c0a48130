# List, dict and set comprehensions, nested and with conditions
nums = list(range(1, 11))
print([n * n for n in nums if n % 2 == 0])
print([n if n % 3 else "fizz" for n in nums])
print([(i, j) for i in range(3) for j in range(i)])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for row in matrix for i in range(len(row)) if i == 0])
print([[row[i] for row in matrix] for i in range(3)])
print([x for row in matrix for x in row if x % 2])
words = ["apple", "banana", "cherry", "avocado", "blueberry"]
by_letter = {}
for w in words:
    by_letter.setdefault(w[0], []).append(w)
print(by_letter)
print({w: len(w) for w in words})
print({w[0]: w for w in words})
print(sorted({len(w) for w in words}), {n % 3 for n in nums} == {0, 1, 2})
squares = {n: n * n for n in range(6)}
print(squares, {v: k for k, v in squares.items() if v > 4})
print(sum(len(w) for w in words), max((len(w), w) for w in words))
inverted = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(inverted)
x = 10
print([x for x in range(3)], x)
grid = [[0] * 3 for _ in range(2)]
grid[0][0] = 1
bad = [[0] * 3] * 2
bad[0][0] = 1
print(grid, bad)
print(list(zip(*matrix)), [sum(col) for col in zip(*matrix)])
print({(a, b) for a in range(2) for b in range(2)} == {(0, 0), (0, 1), (1, 0), (1, 1)})
print(dict(zip("abc", range(3))), [i for i, w in enumerate(words) if "an" in w])
