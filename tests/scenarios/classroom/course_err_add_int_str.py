# Adding a number and a string: TypeError: unsupported operand type(s)
ages = {"Ana": 17, "Ben": "18", "Cy": 16}

print("next year:")
for name in ["Ana", "Cy"]:
    print(name, ages[name] + 1)
print("as text:", "Ben is " + ages["Ben"])
print(str(17) + "1", 17 + int("1"))
total = 0
for name in ages:
    total = total + ages[name]
    print("running total", total)
