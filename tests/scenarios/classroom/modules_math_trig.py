# Angles: degrees and radians, a small table of sin and cos, and the
# direction of a vector with atan2.
import math

print("pi =", math.pi, " tau =", math.tau, " e =", math.e)
print(math.degrees(math.pi), math.radians(180), math.radians(45))

print(f"{'deg':>4} {'sin':>8} {'cos':>8} {'tan':>10}")
for deg in range(0, 181, 30):
    r = math.radians(deg)
    tan = "inf" if deg == 90 else f"{math.tan(r):10.4f}"
    print(f"{deg:>4} {math.sin(r):8.4f} {math.cos(r):8.4f} {tan:>10}")

# sin(pi) is not exactly 0: pi itself is rounded
print(math.sin(math.pi), math.cos(math.pi / 2), math.isclose(math.sin(math.pi), 0, abs_tol=1e-12))

# the direction a robot must turn to face each target
for x, y in [(1, 0), (1, 1), (0, 2), (-3, 3), (-1, 0), (0, -5), (2, -2)]:
    angle = math.degrees(math.atan2(y, x))
    print(f"target ({x:2}, {y:2}): heading {angle:7.2f} degrees")

print(math.asin(1) * 2, math.acos(-1), math.atan(1) * 4)
try:
    math.asin(2)
except ValueError as err:
    print("ValueError:", err)
