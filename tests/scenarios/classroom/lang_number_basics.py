# Numbers: integer and float division, rounding, bases, and float surprises
print(7 / 2, 7 // 2, -7 // 2, 7 % 3, -7 % 3, 7 % -3, divmod(17, 5), divmod(-17, 5))
print(2 ** 10, 2 ** -1, (-8) ** (1 / 3) if False else -2, pow(3, 4, 5), pow(2, 100), 10 ** 20 // 3)
print(round(2.5), round(3.5), round(-0.5), round(2.675, 2), round(1234.5678, -2), round(7.0))
print(0.1 + 0.2, 1 / 3, 2 / 3, 1e16 + 1, 1.0e-7, 123456789.0 * 1000, float("inf") > 10 ** 300)
print(int(3.99), int(-3.99), int("  42 "), int("ff", 16), int("0b101", 0), float("1e3"), float(" -2.5 "))
print(bin(10), oct(64), hex(255), bin(-5), 0b1010 + 0o17 + 0xFF, 1_000_000)
print(5 & 3, 5 | 3, 5 ^ 3, ~5, 1 << 10, 1024 >> 3, -1 >> 1)
print(abs(-3), abs(-2.5), max(3, 7.5, -1), min([4, 2, 8]), sum([0.1] * 10), sum([1, 2], 10))
print(3 == 3.0, 1 == True, isinstance(True, int), type(3 / 1).__name__, type(6 // 2).__name__)
print((2.5).is_integer(), (4.0).is_integer(), (255).bit_length(), (10).to_bytes(2, "big"), (0.75).as_integer_ratio())
print(f"{1/3:.4f} {2**0.5:.10f} {1e6:.0f} {12345.6789:e} {0.000123:.2g} {100:.1%}")
print(str(1e22), str(1e15), repr(0.1), 1e-5, 3.0, -0.0, 5e-324, 1.7976931348623157e308)
print(float("nan") != float("nan"), 10 / 4 * 4, 2 ** 0.5 * 2 ** 0.5 == 2, int(1e20))
try:
    int("3.5")
except ValueError as err:
    print("ValueError:", err)
try:
    10 % 0
except ZeroDivisionError as err:
    print("ZeroDivisionError:", err)
try:
    2.0 ** 10000
except OverflowError as err:
    print("OverflowError:", err)
import math
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.sqrt(16), math.pi, math.isclose(0.1 + 0.2, 0.3))
print(math.factorial(20), math.gcd(48, 18), math.inf, -math.inf, math.hypot(3, 4), math.log(math.e))
celsius = [-40, 0, 37, 100]
print([round(c * 9 / 5 + 32, 1) for c in celsius], sum(celsius) / len(celsius))
