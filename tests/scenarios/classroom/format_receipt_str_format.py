# A shop receipt: str.format with alignment, widths and two decimals
items = [("Notebook", 2, 3.5), ("Pencil", 10, 0.25), ("Backpack", 1, 24.99), ("Eraser", 3, 0.8)]

print("{:<12}{:>5}{:>10}{:>10}".format("Item", "Qty", "Price", "Total"))
print("-" * 37)
subtotal = 0
for name, qty, price in items:
    total = qty * price
    subtotal += total
    print("{:<12}{:>5}{:>10.2f}{:>10.2f}".format(name, qty, price, total))
print("-" * 37)
tax = subtotal * 0.08
print("{:<27}{:>10.2f}".format("Subtotal", subtotal))
print("{:<27}{:>10.2f}".format("Tax (8%)", tax))
print("{:<27}{:>10.2f}".format("TOTAL", subtotal + tax))
print("{:=^37}".format(" Thank you! "))
print("{0:*>8}|{0:*<8}|{0:*^8}".format("ab"))
