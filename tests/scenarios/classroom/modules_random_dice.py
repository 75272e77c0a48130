# A seeded dice game: with random.seed(42) every run rolls the same dice,
# so the tally below is the same for everybody (and for CPython).
import random

random.seed(42)

tally = {face: 0 for face in range(1, 7)}
rolls = []
for _ in range(600):
    roll = random.randint(1, 6)
    tally[roll] += 1
    rolls.append(roll)

print("first ten rolls:", rolls[:10])
for face, count in tally.items():
    print(f"{face}: {count:3} {'#' * (count // 5)}")
print("total:", sum(tally.values()), " mean:", sum(rolls) / len(rolls))

# two players, three rounds, two dice each
scores = {"Ada": 0, "Alan": 0}
for rnd in range(1, 4):
    for player in scores:
        a, b = random.randint(1, 6), random.randint(1, 6)
        bonus = 5 if a == b else 0
        scores[player] += a + b + bonus
        print(f"round {rnd}: {player} rolls {a} and {b}{' (double!)' if bonus else ''}")
print(scores, "winner:", max(scores, key=scores.get))

# the same seed replays the same game
random.seed(42)
print([random.randint(1, 6) for _ in range(10)] == rolls[:10])
