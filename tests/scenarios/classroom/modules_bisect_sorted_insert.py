# Keeping a leaderboard sorted as scores arrive, with bisect.insort
import bisect
import sys

board = []
for score in [42, 17, 93, 56, 17, 88, 71]:
    bisect.insort(board, score)
    print(f"after {score:2}: {board}  ({sys.getsizeof(board)} bytes)")

print("same as sorting:", board == sorted(board))

# insort_left puts a tie before the equal ones, insort_right after them
ties = [1.0, 2.0, 2.0, 3.0]
two = 2
bisect.insort_left(ties, two)
print(ties, [type(x).__name__ for x in ties])
ties = [1.0, 2.0, 2.0, 3.0]
bisect.insort_right(ties, two)
print(ties, [type(x).__name__ for x in ties])

# the inserted object is shared, not copied
name = "Zoe" * 3
names = ["Al", "Bea", "Max"]
before = sys.getrefcount(name)
bisect.insort(names, name)
print(names, sys.getrefcount(name) - before)

# only part of the list: lo and hi
part = [1, 5, 9, 2, 4, 8]
bisect.insort(part, 6, 3, 6)
print(part)
