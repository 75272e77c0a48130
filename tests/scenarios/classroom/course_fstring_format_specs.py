# f-strings with format specs: precision, alignment, thousands, binary, and {x=}
price = 1234.5678
name = "Widget"
qty = 7
print(f"{price:.2f}")
print(f"[{name:>10}]")
print(f"[{name:<10}]")
print(f"[{name:^10}]")
print(f"[{name:*^10}]")
print(f"{1234567:,}")
print(f"{1234567.891:,.2f}")
print(f"{5:08b}")
print(f"{255:x} {255:X} {255:o} {255:#x} {255:#b}")
print(f"{qty:03d}")
print(f"{0.256:.1%}")
print(f"{12345.678:e}")
print(f"{qty=}")
print(f"{price * qty=:.2f}")
print(f"{name!r} {name!s}")
width = 8
print(f"[{qty:{width}}]")
print(f"{'Item':<10}{'Qty':>5}{'Price':>10}")
for item, q, p in [("apple", 3, 0.5), ("melon", 1, 2.75)]:
    print(f"{item:<10}{q:>5}{p:>10.2f}")
print(f"{-42:+d} {42:+d} {3.14159:10.3f}|")
print(f"{{literal braces}}")
