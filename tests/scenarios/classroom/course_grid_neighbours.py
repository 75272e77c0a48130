# 2D grids: neighbours, Game of Life generations, and path counting
def neighbours(grid, r, c):
    total = 0
    for dr in (-1, 0, 1):
        for dc in (-1, 0, 1):
            if dr == dc == 0:
                continue
            rr, cc = r + dr, c + dc
            if 0 <= rr < len(grid) and 0 <= cc < len(grid[0]):
                total += grid[rr][cc]
    return total

def step(grid):
    new = []
    for r, row in enumerate(grid):
        new_row = []
        for c, alive in enumerate(row):
            n = neighbours(grid, r, c)
            new_row.append(1 if (alive and n in (2, 3)) or (not alive and n == 3) else 0)
        new.append(new_row)
    return new

def show(grid):
    for row in grid:
        print("".join("#" if x else "." for x in row))
    print()

glider = [[0] * 6 for _ in range(6)]
for r, c in [(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)]:
    glider[r][c] = 1
g = glider
for gen in range(3):
    print("generation", gen)
    show(g)
    g = step(g)
print(sum(map(sum, g)))

def paths(rows, cols):
    table = [[1] * cols for _ in range(rows)]
    for r in range(1, rows):
        for c in range(1, cols):
            table[r][c] = table[r - 1][c] + table[r][c - 1]
    return table
t = paths(5, 6)
for row in t:
    print(" ".join(f"{v:4d}" for v in row))
print(paths(18, 18)[-1][-1])
