# bin, oct, hex, ord and chr tables
print("n".rjust(3), "bin".rjust(10), "oct".rjust(6), "hex".rjust(6))
for n in [0, 1, 2, 7, 8, 15, 16, 100, 255]:
    print(str(n).rjust(3), bin(n).rjust(10), oct(n).rjust(6), hex(n).rjust(6))
print(bin(-10), hex(-255), oct(-8), hex(2 ** 64))
print(int("1010", 2), int("ff", 16), int("0o17", 0), int("0x1F", 16))
for ch in "AZaz09 ~":
    print(repr(ch), ord(ch), hex(ord(ch)), bin(ord(ch)))
print("".join(chr(c) for c in range(65, 91)))
print([chr(c) for c in range(0x3b1, 0x3b6)], ord("é"), chr(233))
n = 2024
print(n.bit_length(), n.bit_count(), bin(n).count("1"))
print(ascii("naïve café"), ascii(["π"]))
