# Ticket numbers with itertools.count, turns with itertools.cycle
from itertools import count, cycle, repeat, islice

tickets = count(100)
queue = ["Ann", "Ben", "Cleo"]
for person in queue:
    print(person, "gets ticket", next(tickets))
print("next free ticket:", tickets)

# a count with a step, and with floats
print(list(islice(count(0, 5), 4)), list(islice(count(0.5, 0.25), 4)))

# players take turns round and round
players = cycle(["red", "blue", "green"])
for move in range(1, 8):
    print("move", move, "->", next(players))

# repeat gives the same object again and again
print(list(repeat("ab", 3)), repeat(0, 2))
board = list(repeat(None, 4))
print(board)

# zip stops at the shortest: cycle pads a short list of labels
print(list(zip(range(5), cycle("xy"))))
