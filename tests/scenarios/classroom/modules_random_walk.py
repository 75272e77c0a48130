# A random walk on a grid: each step goes north, south, east or west.
# How far from home after n steps? Seeded, so every run is the same walk.
import math
import random

random.seed(99)

moves = {"N": (0, 1), "S": (0, -1), "E": (1, 0), "W": (-1, 0)}

def walk(steps):
    x = y = 0
    path = []
    for _ in range(steps):
        d = random.choice("NSEW")
        dx, dy = moves[d]
        x, y = x + dx, y + dy
        path.append(d)
    return (x, y), "".join(path)

end, path = walk(20)
print("path:", path, "ends at", end)

for steps in [10, 100, 1000]:
    distances = []
    for _ in range(200):
        (x, y), _ = walk(steps)
        distances.append(math.hypot(x, y))
    mean = sum(distances) / len(distances)
    print(f"{steps:5} steps: mean distance {mean:7.3f}  sqrt(steps) = {math.sqrt(steps):7.3f}")

# a drunkard on a line with a cliff at -5 and home at +5
random.seed(5)
pos = 0
trail = [pos]
while -5 < pos < 5:
    pos += random.choice([-1, 1])
    trail.append(pos)
print("home!" if pos == 5 else "fell!", "after", len(trail) - 1, "steps:", trail)
