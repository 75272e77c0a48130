# Bits and bytes: a table of numbers in binary and hexadecimal with f-strings
print(f"{'dec':>5} {'bin':>10} {'oct':>5} {'hex':>5}")
for n in (0, 1, 7, 8, 64, 127, 128, 200, 255):
    print(f"{n:>5} {n:010b} {n:>5o} {n:>#5x}")
mask = 0b1010_1010
value = 0b1100_1100
print(f"{value:08b}\n{mask:08b}\n{value & mask:08b} (and)")
print(f"{value | mask:08b} (or)\n{value ^ mask:08b} (xor)")
big = 2**64 - 1
print(f"{big:_b}")
print(f"{big:#_x} {big:,}")
print(f"{-10:b} {-10:#b} {-255:#X}")
