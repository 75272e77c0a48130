# Solving quadratic equations: real roots, and complex roots when the
# discriminant is negative (Python's ** gives a complex number then)
def solve(a, b, c):
    d = b * b - 4 * a * c
    root = d ** 0.5
    return (-b + root) / (2 * a), (-b - root) / (2 * a)

for a, b, c in [(1, -3, 2), (1, 2, 1), (1, 2, 5), (2, 0, 8)]:
    r1, r2 = solve(a, b, c)
    kind = "complex" if isinstance(r1, complex) else "real"
    print(f"{a}x^2 + {b}x + {c}: {r1}, {r2} ({kind})")

# checking a complex root by substitution
r1, r2 = solve(1, 2, 5)
print(r1 * r1 + 2 * r1 + 5)
print(r1 == r2.conjugate(), r1.real, r1.imag, abs(r1))
