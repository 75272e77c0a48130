# Matrices as lists of lists: print, add, transpose and multiply
def show(m):
    for row in m:
        print(" ".join(f"{x:4}" for x in row))
    print()


def add(a, b):
    return [[a[i][j] + b[i][j] for j in range(len(a[0]))] for i in range(len(a))]


def transpose(m):
    return [list(col) for col in zip(*m)]


def multiply(a, b):
    result = [[0] * len(b[0]) for _ in range(len(a))]
    for i in range(len(a)):
        for j in range(len(b[0])):
            for k in range(len(b)):
                result[i][j] += a[i][k] * b[k][j]
    return result


A = [[1, 2, 3], [4, 5, 6]]
B = [[7, 8], [9, 10], [11, 12]]
identity = [[1 if i == j else 0 for j in range(3)] for i in range(3)]
show(A)
show(transpose(A))
show(add(A, A))
show(multiply(A, B))
print(multiply(A, identity) == A)
print(sum(sum(row) for row in A), max(max(row) for row in B))
