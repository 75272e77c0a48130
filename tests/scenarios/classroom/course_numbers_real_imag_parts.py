# Numbers are objects too: real, imag, numerator, denominator and conjugate
n = 42
print(n.real, n.imag, n.numerator, n.denominator, n.conjugate())
print(True.real, True.numerator, False.imag)
x = 2.5
print(x.real, x.imag, x.conjugate(), x.as_integer_ratio(), x.is_integer())
z = 3 - 4j
print(z.real, z.imag, z.conjugate(), abs(z))

print("on the class, these are descriptors:")
for name in ("real", "imag", "numerator", "denominator"):
    attr = getattr(int, name)
    print(f"  int.{name:<12} {type(attr).__name__:<20} {attr.__name__}")
print(" ", type(float.real).__name__, type(complex.imag).__name__, type(int.conjugate).__name__)
print(int.real.__get__(7), int.numerator.__get__(-3), float.imag.__get__(1.5))
print(int.real.__objclass__ is int, int.__dict__["real"] is int.real)
print("real" in dir(int), "imag" in dir(5), "numerator" in dir(True))
try:
    n.real = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    int.real.__set__(n, 5)
except AttributeError as e:
    print("AttributeError:", e)
print(int.real.__doc__)
print(sum(v.imag for v in [1, 2.0, 3j, 4 + 5j]))
print([q.denominator for q in (1, True, 10 ** 20)], (10 ** 20).numerator == 10 ** 20)
print(bool.real is int.real, (7).bit_length(), int.bit_length(255), (-1).bit_count() if hasattr(int, "bit_count") else None)
