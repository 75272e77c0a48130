# Normal distributions: heights of a class drawn with gauss, a histogram
# in stars, and the mean and spread measured back.
import math
import random

random.seed(31415)

heights = [random.gauss(170, 8) for _ in range(500)]
mean = sum(heights) / len(heights)
var = sum((h - mean) ** 2 for h in heights) / (len(heights) - 1)
print(f"mean {mean:.2f} cm, standard deviation {math.sqrt(var):.2f} cm")
print("first five:", [round(h, 1) for h in heights[:5]])

bins = {}
for h in heights:
    b = int(h // 5 * 5)
    bins[b] = bins.get(b, 0) + 1
for b in sorted(bins):
    print(f"{b}-{b + 4}: {'*' * (bins[b] // 4)}")

z = [random.normalvariate(0, 1) for _ in range(5)]
print([f"{v:.4f}" for v in z])
print(f"{random.triangular(0, 10, 8):.6f} {random.expovariate(0.5):.6f} {random.betavariate(2, 5):.6f}")
print(random.uniform(-1, 1), random.random())
