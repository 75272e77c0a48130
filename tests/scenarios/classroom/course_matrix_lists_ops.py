# Matrices as lists of lists: add, transpose, multiply, determinant
def shape(m):
    return len(m), len(m[0])

def show(name, m):
    print(f"{name} ({shape(m)[0]}x{shape(m)[1]}):")
    width = max(len(f"{x:g}") for row in m for x in row)
    for row in m:
        print("  [" + " ".join(f"{x:>{width}g}" for x in row) + "]")

def add(a, b):
    return [[x + y for x, y in zip(ra, rb)] for ra, rb in zip(a, b)]

def scale(k, m):
    return [[k * x for x in row] for row in m]

def transpose(m):
    return [list(col) for col in zip(*m)]

def multiply(a, b):
    if shape(a)[1] != shape(b)[0]:
        raise ValueError(f"cannot multiply {shape(a)} by {shape(b)}")
    bt = transpose(b)
    return [[sum(x * y for x, y in zip(row, col)) for col in bt] for row in a]

def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]

def det(m):
    if len(m) == 1:
        return m[0][0]
    if len(m) == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    total = 0
    for j, value in enumerate(m[0]):
        minor = [row[:j] + row[j + 1:] for row in m[1:]]
        total += (-1) ** j * value * det(minor)
    return total

A = [[1, 2, 3], [4, 5, 6]]
B = [[7, 8], [9, 10], [11, 12]]
show("A", A)
show("B", B)
show("A^T", transpose(A))
show("A + A", add(A, A))
show("0.5 A", scale(0.5, A))
show("A x B", multiply(A, B))
show("B x A", multiply(B, A))
try:
    multiply(A, A)
except ValueError as e:
    print("ValueError:", e)
I = identity(3)
show("I", I)
print(multiply(B, identity(2)) == B)
M = [[2, -3, 1], [2, 0, -1], [1, 4, 5]]
print("det M =", det(M))
print("det I4 =", det(identity(4)))
print("trace M =", sum(M[i][i] for i in range(len(M))))
flat = [x for row in M for x in row]
print(flat, max(flat), min(flat))
print([list(reversed(col)) for col in zip(*M)])
spiral = []
grid = [row[:] for row in [[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]]
while grid:
    spiral += grid.pop(0)
    grid = [list(r) for r in zip(*grid)][::-1]
print("spiral:", spiral)
def power(m, n):
    result = identity(len(m))
    for _ in range(n):
        result = multiply(result, m)
    return result
print(power([[1, 1], [1, 0]], 10))
