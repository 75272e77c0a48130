# Binary numbers: bin(), int(text, 2), bit operators and format(n, "b")
for n in [0, 1, 5, 10, 255]:
    print(n, bin(n), format(n, "b"), format(n, "08b"))
print(int("1010", 2), int("ff", 16), int("0o17", 8), 0b1010, 0xFF)


def to_binary(n):
    if n == 0:
        return "0"
    bits = ""
    while n > 0:
        bits = str(n % 2) + bits
        n //= 2
    return bits


print([to_binary(n) for n in range(9)])
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, a << 2, a >> 2)
print(bin(a & b), bin(a | b), bin(a ^ b))
flags = 0
READ, WRITE, EXEC = 1, 2, 4
flags |= READ | EXEC
print(flags, bool(flags & WRITE), bool(flags & EXEC))
print((1000).bit_length(), bin(1000).count("1"))
print(-5 >> 1, bin(-5), hex(-255))
