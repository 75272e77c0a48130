# A multiplication table and a loan schedule with %-formatting and str.format
print("    " + "".join("%4d" % c for c in range(1, 10)))
for r in range(1, 10):
    print("%2d |" % r + "".join("%4d" % (r * c) for c in range(1, 10)))
principal = 10000.0
rate = 0.05 / 12
months = 12
payment = principal * rate / (1 - (1 + rate) ** -months)
print("Monthly payment: %.2f (%r)" % (payment, round(payment, 2)))
print("{:>5} {:>10} {:>10} {:>12}".format("month", "interest", "principal", "balance"))
balance = principal
for m in range(1, months + 1):
    interest = balance * rate
    paid = payment - interest
    balance -= paid
    print("{:>5d} {:>10.2f} {:>10.2f} {:>12,.2f}".format(m, interest, paid, abs(balance)))
print("%-10s|%10s|" % ("left", "right"), "%+.3e" % 12345.6789, "%.0f %.0f %.0f" % (0.5, 1.5, 2.5))
print("%(name)s scored %(score)d%%" % {"name": "Ann", "score": 93}, "%5.1f%%" % 99.55, "%3d%%" % 7)
print("{0:.1%} {1:.3g} {2:,} {3:_d}".format(0.4567, 1234567.0, 10 ** 9, 10 ** 7))
print("{:e} {:.2E} {:g} {:g} {:g}".format(0.000123, 98765.4321, 1e-5, 1e16, 123456789.0))
print("{:08.3f} {:+08d} {:x<8} {:^+9.2f}".format(-3.14159, 42, "ab", 2.5))
for x in (0.125, 0.375, 2.675, 1.005, 1e-7, 123.456e10):
    print(x, "%.2f" % x, "{:.2f}".format(x), f"{x:.3g}", round(x, 2), repr(x * 3))
