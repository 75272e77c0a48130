# A shop receipt: aligned columns with format specs and ,.2f totals
items = [
    ("Notebook", 3, 2.5),
    ("Fountain pen", 1, 24.99),
    ("Ink cartridges (pack of 12)", 2, 7.45),
    ("Stapler", 1, 1299.0),
    ("Paper clips", 250, 0.02),
]
width = 44
print("=" * width)
print(f"{'CORNER STATIONERY':^{width}}")
print("=" * width)
print(f"{'Item':<22}{'Qty':>5}{'Price':>8}{'Total':>9}")
print("-" * width)
subtotal = 0.0
for name, qty, price in items:
    total = qty * price
    subtotal += total
    short = name if len(name) <= 21 else name[:18] + "..."
    print(f"{short:<22}{qty:>5d}{price:>8.2f}{total:>9,.2f}")
print("-" * width)
tax = subtotal * 0.0825
print(f"{'Subtotal':<35}{subtotal:>9,.2f}")
print(f"{'Tax (8.25%)':<35}{tax:>9,.2f}")
print(f"{'TOTAL':<35}{subtotal + tax:>9,.2f}")
print("{:*^{}}".format(" Thank you! ", width))
print("Paid: {0:>{1},.2f} {2}".format(subtotal + tax, 12, "USD"))
print("%-10s|%10.3f|%+d" % ("cash", 20.5, 7))
print("%(name)s paid %(amount).2f" % {"name": "Ana", "amount": 1500.257})
print(format(1234567.891, ",.1f"), format(1234567, "_d"), format(0.125, ".1%"))
print(format(-3.5, "=+10.2f"), format(42, "#010x"), format(255, "#b"))
print(f"{'left':<10}|{'mid':^10}|{'right':>10}|")
print(f"{3.14159:10.4}|{2.5:e}|{1e-7:g}|{123456789.0:G}")
