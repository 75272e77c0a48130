# Complex numbers are objects too: two floats in one 32-byte object
import sys

z = 3 + 4j
w = complex(1, -2)
print(z, w, type(z).__name__)
print("sum", z + w, "product", z * w, "quotient", z / w)
print("modulus", abs(z), "conjugate", z.conjugate())
print("parts", z.real, z.imag, type(z.real).__name__)
print("i squared", 1j * 1j, 1j ** 2)
print(complex("2-3j"), complex(5), complex())

# the same value, different objects; equal to the int when imag is 0
print(sys.getsizeof(z), sys.getsizeof(2.0), sys.getsizeof(2))
print((2 + 0j) == 2, hash(2 + 0j) == hash(2))
a = 1 + 1j
b = a
a += 1
print(a, b, a is b)

# ordering is not defined for complex numbers
try:
    print(z < w)
except TypeError as e:
    print("TypeError:", e)
try:
    print(z / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(sorted([3 + 4j, 1 + 1j, -2j], key=abs))
