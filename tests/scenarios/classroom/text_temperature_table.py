# Celsius to Fahrenheit and Kelvin: a conversion table with floats
def c_to_f(c):
    return c * 9 / 5 + 32

def c_to_k(c):
    return c + 273.15

print(f"{'Celsius':>8} | {'Fahrenheit':>10} | {'Kelvin':>8}")
print("-" * 9 + "+" + "-" * 12 + "+" + "-" * 9)
for c in range(-40, 101, 20):
    print(f"{c:>8d} | {c_to_f(c):>10.1f} | {c_to_k(c):>8.2f}")
print()
for c in (36.6, 37.0, -273.15, 0.1, 1e3):
    f = c_to_f(c)
    print(c, "->", f, repr(f), str(round(f, 1)), f"{f:.3g}", f"{f:+.2e}")
print(c_to_f(-17.77777777777778), c_to_k(-273.15), 0.1 * 3, 100 * 1.1)
print(float("98.6"), float("  -40 "), float("1e2"), float("-0"), -0.0, 0.0 == -0.0)
print(round(72.5), round(73.5), round(-2.5), round(0.05, 1), round(0.15, 1), round(1234.5678, -2))
print(int(98.6), int(-98.6), 98.6 // 1, -98.6 // 1, 98.6 % 1 < 0.61, divmod(98.6, 10)[0])
print(f"{-0.0:z.1f} {-0.04:z.1f} {-0.04:.1f}")
print(1e16, 1e15, 123456789012345678.0, 1.5e-5, 0.0001, 1e-4 / 10, 2.0 ** 0.5)
print(float("inf"), -float("inf"), float("nan"), 1e308 * 10, (1e308 * 10) - (1e308 * 10))
