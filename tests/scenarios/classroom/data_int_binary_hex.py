# Binary, octal and hex formatting of ints
for n in (0, 5, 10, 255, 256, 1023, -42):
    print(f"{n:>5} bin={bin(n):>12} oct={oct(n):>7} hex={hex(n):>6} | {n:08b} {n:#06x} {n:X} {n:o}")
print(int("1010", 2), int("ff", 16), int("0o17", 0), int("z", 36), int("-0x1F", 16), int(" 42 "))
print(0b1010, 0o17, 0xFF, 1_000_000, 0x_ff_ff)
mask = 0b1111_0000
value = 0b1010_1010
print(f"{value & mask:08b} {value | mask:08b} {value ^ mask:08b} {~value} {value << 2} {value >> 3}")
print((255).bit_length(), (256).bit_length(), (0).bit_length(), (-1).bit_length(), (255).bit_count(), (-7).bit_count())
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (-1).to_bytes(2, "big", signed=True), (5).to_bytes(4, byteorder="big"))
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes([1, 2], "little"))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
try:
    (-1).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
print(format(1234567, ","), format(1234567, "_"), format(0xDEADBEEF, "_x"), format(255, "#_b"), format(-255, "+#x"))
print(f"{42:c}", f"{9731:c}", f"{65:^7c}|", format(12, "n"), f"{1e6:n}")
print((10).as_integer_ratio(), (7).numerator, (7).denominator, (3).real, (3).imag, (3).conjugate())
print(divmod(-7, 2), -7 // 2, -7 % 2, 7 % -2, pow(2, 10), pow(2, 10, 1000), pow(3, -1, 7), abs(-5))
try:
    int("12a")
except ValueError as e:
    print("ValueError:", e)
try:
    int("101", 1)
except ValueError as e:
    print("ValueError:", e)
print(int(3.99), int(-3.99), int(True), int("  -0 "), round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
