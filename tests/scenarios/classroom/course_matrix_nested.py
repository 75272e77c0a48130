# Matrices as nested lists: add, multiply, transpose, and the [[0]*n]*n trap
def make(rows, cols, fill=0):
    return [[fill] * cols for _ in range(rows)]

def show(m, w=4):
    for row in m:
        print("".join(f"{x:{w}}" for x in row))

def add(a, b):
    return [[x + y for x, y in zip(ra, rb)] for ra, rb in zip(a, b)]

def mul(a, b):
    n, m, p = len(a), len(b), len(b[0])
    out = make(n, p)
    for i in range(n):
        for j in range(p):
            out[i][j] = sum(a[i][k] * b[k][j] for k in range(m))
    return out

def transpose(m):
    return [list(col) for col in zip(*m)]

A = [[1, 2, 3], [4, 5, 6]]
B = [[7, 8], [9, 10], [11, 12]]
show(mul(A, B))
show(transpose(A))
show(add(A, A), 3)
I = [[1 if i == j else 0 for j in range(3)] for i in range(3)]
print(mul(I, B) == B, I)
bad = [[0] * 3] * 3
bad[0][0] = 9
print(bad, bad[0] is bad[1])
good = make(3, 3)
good[0][0] = 9
print(good, good[0] is good[1])
grid = [[r * 4 + c for c in range(4)] for r in range(4)]
print([grid[i][i] for i in range(4)], [grid[i][3 - i] for i in range(4)])
print([row[1:3] for row in grid[1:3]])
print(sum(map(sum, grid)), max(max(r) for r in grid), [sum(col) for col in zip(*grid)])
rot = [list(r) for r in zip(*grid[::-1])]
show(rot, 3)
print(len(grid), len(grid[0]), grid[-1][-1], grid[::2][::-1])
