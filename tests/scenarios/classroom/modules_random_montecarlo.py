# Estimating pi by throwing darts at a square: the fraction that lands in
# the quarter circle approaches pi / 4. Seeded, so the estimates are fixed.
import math
import random

random.seed(12345)

def estimate_pi(darts):
    inside = 0
    for _ in range(darts):
        x = random.random()
        y = random.random()
        if x * x + y * y <= 1.0:
            inside += 1
    return 4 * inside / darts

for darts in [10, 100, 1000, 10000, 50000]:
    est = estimate_pi(darts)
    print(f"{darts:6} darts: pi ~ {est:.5f}  error {abs(est - math.pi):.5f}")

# the area under y = x**2 between 0 and 1 (exactly 1/3)
n = 20000
hits = sum(1 for _ in range(n) if random.random() < random.random() ** 2)
print("area under x**2:", hits / n)

# average of uniform draws
values = [random.uniform(10, 20) for _ in range(1000)]
print(f"mean of uniform(10, 20): {sum(values) / len(values):.4f}")
print(min(values) >= 10, max(values) < 20)
