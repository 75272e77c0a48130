# Week 7: recursion - factorial, fibonacci, hanoi, permutations, flood fill
def factorial(n):
    if n <= 1:
        return 1
    return n * factorial(n - 1)

for n in (0, 1, 5, 10, 20, 30):
    print(f"{n}! = {factorial(n):,}")

calls = 0
def fib(n):
    global calls
    calls += 1
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

print([fib(i) for i in range(12)])
calls = 0
print(fib(20), "took", calls, "calls")

def hanoi(n, source, target, spare, moves):
    if n == 0:
        return
    hanoi(n - 1, source, spare, target, moves)
    moves.append((n, source, target))
    hanoi(n - 1, spare, target, source, moves)

moves = []
hanoi(3, "A", "C", "B", moves)
for disk, a, b in moves:
    print(f"move disk {disk} from {a} to {b}")
for n in range(1, 11):
    m = []
    hanoi(n, "A", "C", "B", m)
    assert len(m) == 2 ** n - 1
print("hanoi move counts check out")

def permutations(items):
    if len(items) <= 1:
        return [items[:]]
    result = []
    for i, first in enumerate(items):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            result.append([first] + p)
    return result

perms = permutations(list("abc"))
print(len(perms), ["".join(p) for p in perms])
print(len(permutations([1, 2, 3, 4, 5])))

def flood_fill(grid, r, c, new):
    old = grid[r][c]
    if old == new:
        return 0
    def fill(r, c):
        if r < 0 or r >= len(grid) or c < 0 or c >= len(grid[0]):
            return 0
        if grid[r][c] != old:
            return 0
        grid[r][c] = new
        return 1 + fill(r + 1, c) + fill(r - 1, c) + fill(r, c + 1) + fill(r, c - 1)
    return fill(r, c)

picture = [list(row) for row in [
    "..##....",
    ".#..#...",
    ".#...#..",
    "..#..#..",
    "...##...",
]]
print("filled", flood_fill(picture, 2, 3, "o"), "cells")
for row in picture:
    print("".join(row))
print("filled", flood_fill(picture, 0, 0, "~"), "cells")
for row in picture:
    print("".join(row))

def power_set(items):
    if not items:
        return [[]]
    rest = power_set(items[1:])
    return rest + [[items[0]] + s for s in rest]

print(sorted(power_set([1, 2, 3]), key=lambda s: (len(s), s)))

def binary(n):
    return "0" if n == 0 else ("" if n == 1 else binary(n // 2)) + str(n % 2) if n > 0 else "0"
print([binary(n) for n in range(9)])

def depth(nested):
    if not isinstance(nested, list):
        return 0
    return 1 + max((depth(x) for x in nested), default=0)
print(depth([1, [2, [3, [4]], 5], []]))

def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, [4]], 5], [], [[6]]])))

import sys
print(sys.getrecursionlimit())
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print("RecursionError:", e)
