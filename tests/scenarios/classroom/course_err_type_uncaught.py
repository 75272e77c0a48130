# Mixing types in a receipt: the TypeError that stops the program
items = [("apple", 0.5, 3), ("bread", 2.25, 1), ("milk", "1.10", 2)]
total = 0
for name, price, qty in items:
    print(f"{name:<8} x{qty}")
    total += price * qty
    print(f"  subtotal {total}")
print("total", total)
