# Binary, octal and hexadecimal: a teacher's conversion table
print(format("n", ">4"), format("binary", ">10"), format("oct", ">5"), format("hex", ">5"))
for n in [0, 1, 2, 5, 10, 15, 16, 42, 100, 127, 128, 255]:
    print(format(n, ">4"), format(n, "010b"), format(n, ">5o"), format(n, ">5X"))

print(format(255, "#b"), format(255, "#o"), format(255, "#x"), format(255, "#X"))
print(format(255, "#010b"), format(-42, "#x"), format(2**40, "_b"))
print(format(3735928559, "_x"), format(3735928559, "#_X"))
# a byte as 8 bits, the way an exam question writes it
for ch in "Hi!":
    print(ch, ord(ch), format(ord(ch), "08b"), format(ord(ch), "02x"))
print(format(65, "c"), format(9731, "c"), format(97, "^5c") + "|")
