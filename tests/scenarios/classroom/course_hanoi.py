# Towers of Hanoi: move n disks from one peg to another, recursively
moves = []


def hanoi(n, source, target, spare):
    if n == 0:
        return
    hanoi(n - 1, source, spare, target)
    moves.append((n, source, target))
    hanoi(n - 1, spare, target, source)


hanoi(3, "A", "C", "B")
for disk, src, dst in moves:
    print(f"Move disk {disk} from {src} to {dst}")
print("total moves:", len(moves))

for n in range(1, 11):
    moves = []
    hanoi(n, "A", "C", "B")
    print(n, "disks:", len(moves), "moves, 2**n - 1 =", 2 ** n - 1)
