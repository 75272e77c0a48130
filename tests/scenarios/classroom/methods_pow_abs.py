# pow with a modulus, abs, and powers of two
print(pow(2, 10), pow(2, -1), pow(2.0, 0.5), pow(-8, 2))
print(pow(3, 200, 7), pow(7, 2, 5), pow(5, 0, 3), pow(10, 20, 1))
print(pow(3, -1, 7), pow(38, -1, 97), (3 * pow(3, -1, 7)) % 7)
print(abs(-7), abs(3.5), abs(-0.0), abs(True), abs(-2 ** 70))
print([pow(2, n) for n in range(0, 65, 16)])
base, exponent, modulus = 4, 13, 497
result = 1
for _ in range(exponent):
    result = result * base % modulus
print(result, pow(base, exponent, modulus), result == pow(base, exponent, modulus))
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(6, -1, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError:", e)
