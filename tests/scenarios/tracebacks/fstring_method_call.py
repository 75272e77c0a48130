# Calling a method with the wrong arguments inside an f-string
items = ["pen", "book", "lamp"]
print(f"{len(items)} items: {', '.join(items)}")
print(f"First item in capitals: {items[0].upper('x')}")
