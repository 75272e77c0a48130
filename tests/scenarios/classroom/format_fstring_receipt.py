# A café receipt printed with f-strings: alignment, widths and :.2f
order = [("Espresso", 2, 2.2), ("Croissant", 3, 1.85), ("Orange juice", 1, 4.5), ("Muffin", 2, 2.75)]
width = 34
print(f"{'CAFE DU COIN':^{width}}")
print(f"{'':-^{width}}")
print(f"{'Item':<14}{'Qty':>4}{'Unit':>8}{'Sum':>8}")
total = 0.0
for item, qty, unit in order:
    line = qty * unit
    total += line
    print(f"{item:<14}{qty:>4}{unit:>8.2f}{line:>8.2f}")
print(f"{'':-^{width}}")
tip = total * 0.15
print(f"{'Total':<26}{total:>8.2f}")
print(f"{'Tip 15%':<26}{tip:>8.2f}")
print(f"{'To pay':<26}{total + tip:>8.2f}")
print(f"{'Merci!':*^{width}}")
count = len(order)
print(f"{count} items, average {total / count:.3f} per item")
