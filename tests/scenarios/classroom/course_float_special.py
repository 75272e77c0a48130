# Special floats: infinity, nan, -0.0, and comparisons that surprise students
inf = float("inf")
nan = float("nan")
ninf = float("-inf")
print(inf, ninf, nan, repr(inf), str(nan), -nan, abs(ninf))
print(inf + 1 == inf, inf == inf, nan is nan, nan in [nan], [nan] == [nan], (nan,) == (nan,))
print(sorted([3, inf, -1, ninf, 0]), max([1, nan, 3]), min([nan, 1, 3]))
print(0.0 == -0.0, str(-0.0), repr(-0.0 + 0.0), -0.0 * 5, 1 / inf, -1 / inf)
print(float("Infinity"), float("-iNF"), float("NaN"), float("+nan"))
print(f"{inf:.2f} {nan:f} {ninf:10} {inf:e} {nan:%}", "%f %e %g" % (inf, nan, ninf))
print(int(1e10), round(1e15 + 0.3), round(-1e-20, 3), 1e308 + 1e308, 5e-324, 5e-324 / 2, 2.2250738585072014e-308)
print(1.7976931348623157e308, 1e-310, 1.0000000000000002, 0.30000000000000004, 9007199254740993.0)
for x in (inf, ninf, nan):
    for op in ("int", "round"):
        try:
            print(int(x) if op == "int" else round(x))
        except (OverflowError, ValueError) as e:
            print(op, type(e).__name__, e)
try:
    print(1 / 0.0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(5 % 0.0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(divmod(5, 0))
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    print(0.0 ** -1)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(float.__name__, (1.5).__round__(), hash(inf), hash(-inf), hash(0.5), hash(-0.0), hash(1.0))
print(1e16 + 1 == 1e16, 1e16 + 2, 0.1 + 0.7, 4.35 * 100, 1.1 * 1.1, 3 * 1.1, 100 * 1.15)
