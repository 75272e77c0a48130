# Float precision: 0.1 + 0.2, round, math.isclose and float.hex
import math
import sys
print(0.1 + 0.2, 0.1 + 0.2 == 0.3, repr(0.1 + 0.2), str(0.1 + 0.2))
print(f"{0.1:.20f}", f"{0.1 + 0.2:.17g}", format(0.3, ".17f"))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1e-10, 0, abs_tol=1e-9), abs(0.1 + 0.2 - 0.3) < 1e-9)
print(round(2.675, 2), round(0.125, 2), round(0.375, 2), round(1.005, 2), round(-1.5), round(2.5), round(3.5))
print(round(1234.5678, -1), round(1234.5678, -3), round(5e-324, 400), round(1e300, -300), round(123.456, 0))
print((0.1).hex(), (1.0).hex(), (-2.5).hex(), (0.0).hex(), float.fromhex("0x1.999999999999ap-4"), float.fromhex("-0x1p-1"))
print((0.5).as_integer_ratio(), (0.1).as_integer_ratio(), (2.0).is_integer(), (2.5).is_integer(), float(10**20))
total = 0.0
for _ in range(10):
    total += 0.1
print(total, total == 1.0, sum([0.1] * 10), math.fsum([0.1] * 10))
print(1 / 3, 2 / 3, 10 / 3, 1e22, 1e21, 1e16, 9007199254740993.0, 2 ** 53 + 1.0)
print(5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 2.220446049250313e-16, 1e-323 / 2)
print(1.7976931348623157e308 * 2, -1e400, 1e-400, float("nan") == float("nan"), math.isnan(float("nan")))
print(3.0, 3.10, 100.0, 1e100, 1.5e-7, 0.00001, 0.0001, 123456789.123456789, -0.0, 2.5e-5)
for x in (0.5, 1.5, 2.675, 1e-5, 123456.789, 1.23456789e-8):
    print(f"{x}|{x:.2f}|{x:.3e}|{x:g}|{x:.10g}|{x:%}|{x:,.3f}|{x:_.2f}")
print(int(1e20), int(2.5e-3), float(2**63), float(-(2**70)), 7 / 2, 7 // 2.0, -7 / 2, 7.5 % 2, -7.5 % 2)
try:
    1 / 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    float("abc")
except ValueError as e:
    print("ValueError:", e)
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.sqrt(2), math.pi, math.e, math.inf)
