# A Matrix class: operators, indexing with tuples, equality and repr
class Matrix:
    def __init__(self, rows):
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("rows must be non-empty and equally long")
        self.rows = [list(r) for r in rows]

    @classmethod
    def zeros(cls, n, m):
        return cls([[0] * m for _ in range(n)])

    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])

    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])

    def __getitem__(self, pos):
        i, j = pos
        return self.rows[i][j]

    def __setitem__(self, pos, value):
        i, j = pos
        self.rows[i][j] = value

    def __iter__(self):
        for row in self.rows:
            yield from row

    def __len__(self):
        return self.shape[0] * self.shape[1]

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __add__(self, other):
        if self.shape != other.shape:
            raise ValueError(f"shape mismatch {self.shape} vs {other.shape}")
        return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, other.rows)])

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Matrix([[k * x for x in r] for r in self.rows])
        return NotImplemented

    __rmul__ = __mul__

    def __matmul__(self, other):
        n, m = self.shape
        m2, p = other.shape
        if m != m2:
            raise ValueError(f"cannot multiply {n}x{m} by {m2}x{p}")
        return Matrix([[sum(self[i, k] * other[k, j] for k in range(m)) for j in range(p)]
                       for i in range(n)])

    def __neg__(self):
        return -1 * self

    def __sub__(self, other):
        return self + (-other)

    def __pow__(self, n):
        result = Matrix.identity(self.shape[0])
        for _ in range(n):
            result = result @ self
        return result

    @property
    def T(self):
        return Matrix(list(zip(*self.rows)))

    def __repr__(self):
        return f"Matrix({self.rows})"

    def __str__(self):
        width = max(len(str(x)) for x in self)
        return "\n".join("| " + " ".join(f"{x:>{width}}" for x in row) + " |" for row in self.rows)

A = Matrix([[1, 2], [3, 4]])
B = Matrix([[0, 1], [1, 0]])
print(A)
print(A + B)
print(A - B)
print(A @ B)
print(2 * A == A * 2, A * 2.5)
print(A.T, repr(A.T))
print(A[1, 0], len(A), sum(A), max(A), list(A))
A[0, 0] = 10
print(A.rows)
fib = Matrix([[1, 1], [1, 0]]) ** 10
print(repr(fib), fib[0, 1])
print(Matrix.identity(3))
print(Matrix.zeros(2, 3).shape)
for bad in [lambda: A + Matrix.zeros(3, 3), lambda: A @ Matrix.zeros(3, 1), lambda: Matrix([[1], [2, 3]])]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
try:
    A * "x"
except TypeError as e:
    print("TypeError:", e)
try:
    A @ 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    hash(A)
except TypeError as e:
    print("TypeError:", e)
print(A == A.T.T, A != B, A == [[10, 2], [3, 4]])
print(-B)
C = Matrix([[1, 2, 3]])
print((C.T @ C).rows, (C @ C.T).rows)
