# Tic-tac-toe: printing the board and finding the winner
def new_board():
    return [[" "] * 3 for _ in range(3)]

def show(board):
    print("   " + "   ".join("abc"))
    for i, row in enumerate(board, 1):
        print(f"{i}  " + " | ".join(row))
        if i < 3:
            print("  " + "---+" * 2 + "---")

LINES = (
    [[(r, c) for c in range(3)] for r in range(3)]
    + [[(r, c) for r in range(3)] for c in range(3)]
    + [[(i, i) for i in range(3)], [(i, 2 - i) for i in range(3)]]
)

def winner(board):
    for line in LINES:
        values = {board[r][c] for r, c in line}
        if len(values) == 1 and " " not in values:
            return values.pop()
    if all(cell != " " for row in board for cell in row):
        return "draw"
    return None

def play(moves):
    board = new_board()
    player = "X"
    for move in moves:
        col = "abc".index(move[0])
        row = int(move[1]) - 1
        if board[row][col] != " ":
            print(f"{move} is taken!")
            continue
        board[row][col] = player
        result = winner(board)
        if result:
            show(board)
            return result
        player = "O" if player == "X" else "X"
    show(board)
    return winner(board)

print("Winner:", play(["a1", "b1", "a2", "b2", "a3"]))
print()
print("Winner:", play(["b2", "a1", "c3", "c1", "b1", "b1", "b3", "a3", "a2", "c2"]))
print()
print("Winner:", play(["a1", "b2", "c1", "b1", "b3", "a3", "c3", "c2", "a2"]))
print()
print("Winner:", play(["a1", "a2"]))
print(len(LINES), LINES[-1])

def count_lines(board, player):
    return sum(1 for line in LINES if all(board[r][c] == player for r, c in line))
b = [list("XXX"), list("XOO"), list("XOO")]
print(count_lines(b, "X"), count_lines(b, "O"))
print("\n".join("".join(row) for row in zip(*b)))
