# Converting between bases: bin/oct/hex, int(text, base), and by hand
def to_base(n, base):
    digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, base)
        out.append(digits[r])
    return sign + "".join(reversed(out))

for n in (0, 5, 10, 255, 256, -42, 1000, 65535, 2 ** 40):
    print(f"{n:>14} {to_base(n, 2):>42} {to_base(n, 8):>15} {to_base(n, 16):>11} {to_base(n, 36):>8}")
for n in (10, 255, -255, 2 ** 70):
    print(bin(n), oct(n), hex(n), f"{n:b}", f"{n:o}", f"{n:x}", f"{n:X}", f"{n:#010b}" if abs(n) < 256 else "")
for text, base in [("101010", 2), ("777", 8), ("ff", 16), ("FF", 16), ("zz", 36), ("0x1F", 16), ("0b11", 0), ("0o777", 0), ("  -12  ", 10), ("1_000_000", 10), ("12", 3)]:
    print(repr(text), base, int(text, base))
for text, base in [("12", 2), ("0x1G", 16), ("", 10), ("1 0", 10), ("08", 0), ("_1", 10), ("9", 37)]:
    try:
        print(int(text, base))
    except ValueError as e:
        print("ValueError:", e)
print(int("11111111", 2) == 0xFF == 0o377 == 255, 0b1010 + 0o12 + 0xA)
bits = [int(b) for b in bin(181)[2:]]
print(bits, sum(b << i for i, b in enumerate(reversed(bits))))
print(f"{1234:08X}", f"{-1234:x}", format(3.5, "a") if False else format(255, "#_b"), format(10**12, "_x"))
print(int(True), int(-0.9), int("٣"), int(b"42") if False else int("42".encode()), 0x7fffffff + 1, ~0x7fffffff)
print((42).to_bytes(4, "big").hex(), (1024).to_bytes(2, "little"), int.from_bytes(b"\xff\xfe", "big", signed=True))
