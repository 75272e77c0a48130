# The [[0] * 3] * 3 trap: three references to one row
import sys
grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid)
print(grid[0] is grid[1], grid[1] is grid[2], len({id(r) for r in grid}))
row = grid[0]
print(sys.getrefcount(row) - 1)
good = [[0] * 3 for _ in range(3)]
good[0][0] = 1
print(good, len({id(r) for r in good}))
zeros = [0] * 5
zeros[0] = 9
print(zeros)
board = [["."] * 4 for _ in range(4)]
for i in range(4):
    board[i][i] = "\\"
    board[i][3 - i] = "/"
for r in board:
    print(" ".join(r))
print([[i * j for j in range(1, 4)] for i in range(1, 4)])
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)), [list(col) for col in zip(*matrix)])
print(sum(matrix, []), [x for row in matrix for x in row])
empty = [[]] * 2
empty[0].append("x")
print(empty, [[]] * 0, [] * 3, [None] * 2)
t = ([],) * 2
t[0].append(1)
print(t)
