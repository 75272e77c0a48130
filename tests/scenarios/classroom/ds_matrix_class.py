# A Matrix class with __matmul__, __getitem__ with tuple keys, __eq__ and transpose
class Matrix:
    def __init__(self, rows):
        if len({len(r) for r in rows}) > 1:
            raise ValueError("ragged rows")
        self.rows = [list(r) for r in rows]

    @property
    def shape(self):
        return len(self.rows), len(self.rows[0]) if self.rows else 0

    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])

    def __getitem__(self, pos):
        r, c = pos
        return self.rows[r][c]

    def __setitem__(self, pos, value):
        r, c = pos
        self.rows[r][c] = value

    def __matmul__(self, other):
        n, m = self.shape
        m2, p = other.shape
        if m != m2:
            raise ValueError(f"shapes {self.shape} and {other.shape} do not align")
        return Matrix([[sum(self[i, k] * other[k, j] for k in range(m)) for j in range(p)]
                       for i in range(n)])

    def __add__(self, other):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def __mul__(self, k):
        return Matrix([[k * x for x in r] for r in self.rows])

    __rmul__ = __mul__

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def transpose(self):
        return Matrix(list(map(list, zip(*self.rows))))

    def __repr__(self):
        width = max(len(str(x)) for r in self.rows for x in r)
        return "\n".join("[" + " ".join(f"{x:>{width}}" for x in r) + "]" for r in self.rows)


a = Matrix([[1, 2, 3], [4, 5, 6]])
b = Matrix([[7, 8], [9, 10], [11, 12]])
print(a @ b)
print(a.shape, b.transpose().shape, a[1, 2])
print(a @ Matrix.identity(3) == a, 2 * a == a + a, a * 0 == a)
a[0, 0] = 100
print(a.transpose())
try:
    a @ a
except ValueError as e:
    print("ValueError:", e)
try:
    Matrix([[1], [2, 3]])
except ValueError as e:
    print("ValueError:", e)
try:
    a @ 3
except AttributeError as e:
    print("AttributeError:", e)
m = Matrix.identity(2)
m @= Matrix([[2, 0], [0, 2]])
print(m, type(m).__name__)
