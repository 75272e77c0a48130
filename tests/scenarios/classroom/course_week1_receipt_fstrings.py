# Week 1: printing a shop receipt with f-strings and format specs
items = [
    ("Notebook", 3, 2.5),
    ("Pencil", 12, 0.35),
    ("Backpack", 1, 34.99),
    ("Calculator", 2, 12.0),
]

print("=" * 36)
print(f"{'RECEIPT':^36}")
print("=" * 36)
print(f"{'Item':<12}{'Qty':>6}{'Price':>8}{'Total':>10}")
print("-" * 36)
subtotal = 0
for name, qty, price in items:
    line_total = qty * price
    subtotal += line_total
    print(f"{name:<12}{qty:>6}{price:>8.2f}{line_total:>10.2f}")
print("-" * 36)
tax_rate = 0.0825
tax = subtotal * tax_rate
total = subtotal + tax
print(f"{'Subtotal':<26}{subtotal:>10.2f}")
print(f"{'Tax (' + format(tax_rate, '.2%') + ')':<26}{tax:>10.2f}")
print(f"{'TOTAL':<26}{total:>10.2f}")
print("=" * 36)

# Big numbers with thousands separators
population = 8_045_311_447
print(f"World population: {population:,}")
print(f"With underscores: {population:_}")
print(f"In billions: {population / 1e9:.3f}")
print(f"Scientific: {population:.2e}")

# Percentages
passed, students = 27, 31
print(f"Pass rate: {passed / students:%}")
print(f"Pass rate: {passed / students:.1%}")
print(f"Pass rate: {passed / students:>10.0%}|")

# repr inside a field, centred
for word in ["hi", "tab\there", "quote's"]:
    print(f"[{word!r:^16}]")

# debugging with =
width = 7
height = 3
print(f"{width=}, {height=}, {width * height=}")
print(f"{width = }")

# padding numbers
for n in [1, 22, 333, 4444]:
    print(f"{n:05d} {n:>5} {n:<5}| {n:^7}| {n:+d} {n:x} {n:o} {n:b}")

# nested format spec
for places in range(4):
    print(f"pi to {places} places: {3.14159265:.{places}f}")
align = "^"
print(f"{'centre':{align}20}|")
print(f"{'*':*^{width * 3}}")
