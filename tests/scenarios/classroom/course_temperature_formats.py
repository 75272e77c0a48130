# A temperature conversion table printed three ways
def c_to_f(c):
    return c * 9 / 5 + 32

print(f"{'Celsius':>8} | {'Fahrenheit':>10} | {'Kelvin':>8}")
print("-" * 32)
for c in range(-40, 101, 20):
    print(f"{c:>8d} | {c_to_f(c):>10.1f} | {c + 273.15:>8.2f}")

print()
print("{:^8}|{:^12}".format("C", "F"))
for c in [-17.7778, 0, 36.6, 37.5, 100]:
    print("{:^8.1f}|{:^12.3f}".format(c, c_to_f(c)))

print()
print("%-8s %10s" % ("C", "F"))
for c in (-5, 0, 5, 21.5, 30):
    print("%-8.1f %10.2f" % (c, c_to_f(c)))
print("%+d %+.1f %05.1f %e %g %G" % (5, -2.25, 3.14159, 12345.678, 0.00001234, 1e20))
print(f"{-0.0:+.1f} {273.15:010.3f} {1234567.891:,.2f} {0.5:.0%} {2/3:.3%}")
print(f"{98.6:=+10.2f}|{98.6:<10}|{98.6:^10}|{98.6:*>10}")
temps = {"Mon": 21.456, "Tue": 19.0, "Wed": 23.75, "Thu": -1.5}
for day, t in temps.items():
    bar = "#" * int(max(t, 0))
    print(f"{day:<4}{t:6.1f}C {bar}")
avg = sum(temps.values()) / len(temps)
print(f"average {avg:.2f}, repr {avg!r}, str {avg}")
print(format(c_to_f(37), ".4g"), format(1e-7, "f"), format(123.456, "e"), format(0.1 + 0.2, ".17g"))
