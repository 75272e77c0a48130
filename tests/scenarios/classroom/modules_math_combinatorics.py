# Counting with factorial, comb and perm: the answers are exact ints, and
# they grow into big ints that take more memory digit by digit.
import math
import sys

print("5! =", math.factorial(5))
print("ways to line up 10 students:", math.factorial(10))
print("30! =", math.factorial(30))

# choosing a committee of 3 from 8, and electing 3 officers from 8
print("comb(8, 3) =", math.comb(8, 3), " perm(8, 3) =", math.perm(8, 3))
print("comb by factorials:", math.factorial(8) // (math.factorial(3) * math.factorial(5)))

# the lottery: 6 numbers out of 49
tickets = math.comb(49, 6)
print(f"lottery tickets: {tickets:,}")

# Pascal's triangle from comb
for n in range(7):
    row = [math.comb(n, k) for k in range(n + 1)]
    print(" " * (6 - n) * 2 + "".join(f"{v:4}" for v in row))

# big results: Python ints grow as needed (30 bits per digit)
for n in [5, 20, 21, 30, 50, 100]:
    f = math.factorial(n)
    print(f"{n:3}! has {len(str(f)):3} digits, {f.bit_length():3} bits, "
          f"getsizeof = {sys.getsizeof(f)}")

print("comb(100, 50) =", math.comb(100, 50))
print("perm(5) =", math.perm(5), " comb(5, 7) =", math.comb(5, 7))

try:
    math.factorial(-3)
except ValueError as err:
    print("ValueError:", err)
try:
    math.factorial(4.0)
except TypeError as err:
    print("TypeError:", err)
