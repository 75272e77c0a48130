# A quadratic-equation solver with math.sqrt, and what happens when the
# discriminant is negative: sqrt of a negative float is a domain error.
import math


def solve(a, b, c):
    """The real roots of a*x**2 + b*x + c = 0, smallest first."""
    disc = b * b - 4 * a * c
    root = math.sqrt(disc)
    x1 = (-b - root) / (2 * a)
    x2 = (-b + root) / (2 * a)
    return min(x1, x2), max(x1, x2)


equations = [(1, -3, 2), (1, 2, 1), (2, -7, 3), (1, 0, -2), (1, 1, 1), (0.5, -1.5, 1)]
for a, b, c in equations:
    try:
        x1, x2 = solve(a, b, c)
        print(f"{a}x^2 + {b}x + {c} = 0  ->  x1 = {x1}, x2 = {x2}")
    except ValueError as err:
        print(f"{a}x^2 + {b}x + {c} = 0  ->  no real roots ({err})")

# sqrt of a perfect square is exact; of 2 it is the nearest float
print(math.sqrt(16), math.sqrt(2), math.sqrt(2) ** 2)
print(math.sqrt(2) ** 2 == 2, math.isclose(math.sqrt(2) ** 2, 2))
print(math.isqrt(17), math.isqrt(16))

# the error a student meets without the try: the script ends here
print(solve(1, 0, 1))
