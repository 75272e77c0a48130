# Floating point surprises: 0.1 + 0.2, round(), and comparing with a tolerance
print(0.1 + 0.2)
print(0.1 + 0.2 == 0.3)
print(abs((0.1 + 0.2) - 0.3) < 1e-9)
print(round(0.1 + 0.2, 2) == 0.3)
print(round(2.5), round(3.5), round(-2.5))
print(round(2.675, 2), round(3.14159, 3), round(1234.5, -2))
print(1 / 3, 2 / 3, 10 / 4)
print(0.1 * 3, 1.1 * 1.1)
total = 0.0
for _ in range(10):
    total += 0.1
print(total, total == 1.0)
print(int(3.99), int(-3.99), float("2.5"), float(7))
print(1e16 + 1, 2 ** 0.5, 10 ** -3)
print(float("inf") > 1e308, float("inf") - float("inf"))
print((0.5).as_integer_ratio(), (0.1).is_integer(), (4.0).is_integer())
print(f"{0.1:.20f}")
print(3 * 0.1 == 0.3, 3 * 0.5 == 1.5)
