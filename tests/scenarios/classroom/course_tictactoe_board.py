# Tic-tac-toe: printing a board and checking for a winner
def new_board():
    return [[" "] * 3 for _ in range(3)]

def show(board):
    print("   0   1   2")
    for i, row in enumerate(board):
        print(f"{i}  " + " | ".join(row))
        if i < 2:
            print("  ---+---+---")

def winner(b):
    lines = b + [list(c) for c in zip(*b)] + [[b[i][i] for i in range(3)], [b[i][2 - i] for i in range(3)]]
    for line in lines:
        if line[0] != " " and line.count(line[0]) == 3:
            return line[0]
    return None

moves = [(1, 1), (0, 0), (2, 2), (0, 2), (0, 1), (2, 1), (1, 0), (1, 2), (2, 0)]
board = new_board()
player = "X"
for turn, (r, c) in enumerate(moves, 1):
    if board[r][c] != " ":
        print("taken!")
        continue
    board[r][c] = player
    w = winner(board)
    if w:
        show(board)
        print(f"{w} wins after {turn} moves")
        break
    player = "O" if player == "X" else "X"
else:
    show(board)
    print("draw")
b2 = new_board()
for (r, c), p in zip([(0, 0), (1, 1), (0, 1), (2, 2), (0, 2)], "XOXOX"):
    b2[r][c] = p
show(b2)
print(winner(b2), sum(row.count(" ") for row in b2))
print("\n".join("".join(cell if cell != " " else "." for cell in row) for row in b2))
