# Handshakes at a party: itertools.combinations picks pairs without order
from itertools import combinations, permutations, combinations_with_replacement

guests = ["Ann", "Ben", "Cleo", "Dev"]
handshakes = list(combinations(guests, 2))
for a, b in handshakes:
    print(a, "shakes hands with", b)
n = len(guests)
print(len(handshakes), "handshakes =", n, "*", n - 1, "/ 2 =", n * (n - 1) // 2)

# order matters for a race podium: permutations
podium = list(permutations(guests, 2))
print(len(podium), "ways to give gold and silver; e.g.", podium[:3])

# a team of three
print([" & ".join(team) for team in combinations(guests, 3)])

# scoops of ice cream, repeats allowed
print(list(combinations_with_replacement(["vanilla", "mango"], 2)))

# more people, quickly: the counts grow fast
for people in (5, 10, 20):
    print(people, "people:", sum(1 for _ in combinations(range(people), 2)), "handshakes")
