# How Python shows floats: the shortest text that reads back the same
x = 0.1 + 0.2
print(x)
print(x == 0.3, abs(x - 0.3) < 1e-9)
print(repr(0.1), str(0.1), 1 / 3, 2 / 3, 10 / 4)
print(1e16, 1e15, 123456789012345678.0, 1e-4, 1e-5, 0.0001234)
print(float("inf"), float("-inf"), float("nan"), -0.0, 0.0)
print(100.0, 1.5e300, 2.5e-300, 5e-324, 1.7976931348623157e308)
print(format(x, ".17g"), format(0.1, ".20f"))
print(float("nan") == float("nan"), float("nan") != float("nan"))
nan = float("nan")
print(nan == nan, nan < 1.0, nan > 1.0, nan == 1.0)
print(str(3.0), str(-2.5), str(1e22), str(1.0e-7))
print([0.1, 0.2, 0.1 + 0.2])
