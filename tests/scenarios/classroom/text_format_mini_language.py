# The format mini-language: fill, align, sign, #, 0, width, grouping, precision, type
n = 1234567
x = -3.14159
for spec in ("", "d", ">12", "<12", "^12", "*^12", "=+12", "012", "+", " ", "-", ",", "_", "012,", "x", "#X", "#o", "#b", "_b", "e", "%", "n", "c" if False else "10.2f"):
    print(f"{spec!r:>8} -> [{format(n, spec)}]")
for spec in ("", ".2f", "10.3f", "<10.1f", "^+10.2f", "010.2f", "=10.2f", "e", ".3E", "g", ".2g", "G", "%", ".1%", "z.2f", " .3f", "#.0f", ".0f", ",.2f", "_.4f", "#g", "10", ".3"):
    print(f"{spec!r:>8} -> [{format(x, spec)}]")
for spec in ("", "10", "<10", ">10", "^10", "-^10", ".3", "10.3", "^9.2"):
    print(f"{spec!r:>8} -> [{format('python', spec)}]")
c = 3 - 4j
print(format(c, ""), format(c, ".2f"), format(c, ">20"), format(c, "+.1e"), f"{1j:g}", f"{c}", str(c), repr(complex(0, -0.0)))
print(format(True, ""), format(True, "d"), format(True, ">6"), format(None, ""), f"{None!r:>6}")
print(format(0.0, "e"), format(float("inf"), "f"), format(float("nan"), "+.2f"), format(-0.0, ".1f"), format(1e200, ",.0f")[:20])
print(format(123, "+08d"), format(-123, "08d"), format(123, "x<8d"), format(-123, "=8d"), format(123, "08.2%"))
print(format(255, "c" if False else "#010b"), format(10**6, ","), format(-10**6, "_"), format(1234.5, "n"), format(0.000012345, "n"))
for bad_value, bad_spec in ((1, "s"), ("x", "d"), (1.5, "d"), (1, ".2d"), ("s", ","), (1, "z"), (1, "=<5")):
    try:
        print(format(bad_value, bad_spec))
    except ValueError as e:
        print("ValueError:", e)
print(f"{'total':_^20}|{12.5:>+9.2f}|{7:03}|{0.25:.0%}|{1e-7:.2e}|{12345.678:,.1f}")
width, prec = 12, 3
print(f"{x:{width}.{prec}f}|{'centre':{'#'}^{width}}|{n:{','}}")
