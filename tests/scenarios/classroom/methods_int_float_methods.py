# Methods of int and float: bit_length, to_bytes, from_bytes, as_integer_ratio, is_integer, hex
n = 1000
print(n.bit_length(), n.bit_count(), n.to_bytes(2, "big"), n.to_bytes(4, "little"), (255).to_bytes(1, "big"))
print(int.from_bytes(b"\x03\xe8", "big"), int.from_bytes(b"\xe8\x03", byteorder="little"), int.from_bytes(b"\xff\xfe", "big", signed=True))
print((-1000).to_bytes(2, "big", signed=True), (0).to_bytes(1, "big"), (6).as_integer_ratio(), (7).numerator, (7).denominator)
for x in [0.5, 0.1, 2.0, 3.75, -1.25]:
    print(x, x.is_integer(), x.as_integer_ratio(), x.hex())
print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-1"), (2.5).real, (2.5).imag, (3).real, (3).imag, (4).conjugate())
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
try:
    (-1).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
