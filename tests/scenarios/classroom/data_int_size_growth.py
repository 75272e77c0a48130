# Python ints grow without limit: sys.getsizeof of big numbers
import sys
for e in (0, 1, 10, 29, 30, 31, 60, 64, 90, 100, 200, 1000):
    n = 2 ** e
    print(f"2**{e:<5} digits={len(str(n)):>4} size={sys.getsizeof(n)}")
print(sys.getsizeof(0), sys.getsizeof(1), sys.getsizeof(-1), sys.getsizeof(2**30 - 1), sys.getsizeof(-(2**30)))
print(sys.getsizeof(True), sys.getsizeof(False), sys.getsizeof(1.0), sys.getsizeof(10**100))
fact = 1
for i in range(1, 31):
    fact *= i
    if i % 10 == 0:
        print(i, fact, sys.getsizeof(fact), fact.bit_length())
big = 10 ** 50
print(big + 1, big * big, big // 7, big % 7, -big // 7, divmod(big, 10**49), big > 1e49, big == 10.0**50)
print(2 ** 100, (2 ** 100).to_bytes(13, "big"), hex(2 ** 100), oct(2**64), bin(2**70))
print(int("9" * 40) + 1, str(2**200)[:20], len(str(3**1000)), abs(-(10**30)), -(-(2**80)))
print((2**64).bit_length(), (2**64 - 1).bit_count(), 12345678901234567890 * 98765432109876543210)
print(pow(2, 1000, 10**9 + 7), pow(7, 100) % 13, 10**20 / 3, 10**400 // 10**399, round(10**20 + 0.5))
try:
    float(10**400)
except OverflowError as e:
    print("OverflowError:", e)
print(f"{2**70:,}", f"{2**70:_x}", f"{-2**65:>30}", f"{10**25:e}", format(10**30, ".3g"))
print(sys.maxsize, sys.maxsize + 1, type(sys.maxsize + 1).__name__, hash(2**61 - 1), hash(2**61), hash(-1), hash(-2))
print(hash(1.5), hash(0.1), hash(float("inf")), hash(2**100), hash(10**20) == hash(float(10**20)))
