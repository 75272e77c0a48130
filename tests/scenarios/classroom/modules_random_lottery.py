# A lottery draw: sample picks distinct numbers, so no ball comes out
# twice; a seed makes the draw reproducible for the lesson.
import random

random.seed("lottery night")

balls = range(1, 50)
for week in range(1, 5):
    draw = random.sample(balls, 6)
    print(f"week {week}: drawn {draw} sorted {sorted(draw)}")

ticket = [3, 11, 19, 27, 38, 45]
draw = sorted(random.sample(balls, 6))
matches = set(ticket) & set(draw)
print("ticket", ticket, "draw", draw, "matches", sorted(matches))

# a raffle: the first name wins the prize, the next two get a mention
students = ["Ana", "Ben", "Chen", "Dara", "Eli", "Fay", "Gus", "Hana"]
winners = random.sample(students, 3)
print("prize:", winners[0], " mentions:", winners[1:])

# with counts: a bag with 4 red, 2 blue and 1 green marble
print(random.sample(["red", "blue", "green"], counts=[4, 2, 1], k=5))

try:
    random.sample(balls, 60)
except ValueError as err:
    print("ValueError:", err)
try:
    random.sample({1, 2, 3}, 2)
except TypeError as err:
    print("TypeError:", err)
