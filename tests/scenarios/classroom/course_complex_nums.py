# Complex numbers: arithmetic, repr, cmath-free polar form by hand
import math
z = 3 + 4j
w = complex(1, -2)
print(z, w, z + w, z * w, z / w, z - w, -z, z.conjugate(), abs(z))
print(z.real, z.imag, type(z.real), complex("1+2j"), complex(2), complex(0, 0), 1j * 1j, 1j ** 2)
print(repr(complex(1.5, 0)), complex(-0.0, -0.0), complex(0, -1), 2j, -2j, (1 + 1j) ** 8)
print(complex(float("inf"), 1), complex(1e20, 1e-20), (1 + 2j) == complex(1, 2), 1 + 0j == 1)
r = abs(z)
phi = math.atan2(z.imag, z.real)
print(f"r={r} phi={phi:.4f} back={r * math.cos(phi):.3f}+{r * math.sin(phi):.3f}j")
print(f"{z}", f"{w!r}", format(z, ".2f"), "{:>12}".format(str(z)), f"{1.5+2.25j:.1f}")
def roots(a, b, c):
    d = b * b - 4 * a * c
    sq = d ** 0.5
    return (-b + sq) / (2 * a), (-b - sq) / (2 * a)
print(roots(1, -3, 2))
print(roots(1, 2, 5))
print(roots(1, 0, 1))
try:
    z < w
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(z // 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(int(z))
except TypeError as e:
    print(type(e).__name__, e)
print(hash(1 + 0j) == hash(1), (2 + 3j) * 0, pow(1j, 3), sum([1j, 2, 3.5]))
