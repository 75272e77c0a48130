# A shopping list printed with a missing comma
items = ["milk", "eggs", "bread"]
total = len(items)
print("You need" total "items")
