# Converting numbers and text: the keyword arguments of int, str, bytes and pow
import sys

# Reading numbers written in other bases
for text, base in [("101010", 2), ("52", 8), ("2a", 16), ("z", 36)]:
    print(f"{text!r:>10} in base {base:>2} is {int(text, base=base)}")
print(int("0x1F", base=0), int("0b11", 0), int("0o17", 0))

# A toy RSA: pow with a modulus, and the modular inverse
p, q = 61, 53
n = p * q
phi = (p - 1) * (q - 1)
e = 17
d = pow(e, -1, mod=phi)
message = 65
cipher = pow(base=message, exp=e, mod=n)
print("n =", n, "d =", d, "cipher =", cipher, "back =", pow(cipher, d, n))

# Text and bytes
word = "Straße"
data = bytes(word, encoding="utf-8")
print(data, len(word), len(data), sys.getsizeof(data))
print(str(data, encoding="utf-8"), str(data, "latin-1"), str(b"caf\xe9", errors="replace"))
buf = bytearray(word, "utf-8")
buf[0] = ord("s")
print(buf, buf.decode())

# Complex numbers by name
z = complex(real=3, imag=-4)
print(z, abs(z), z.conjugate(), complex(imag=2))

# What goes wrong, and what Python says
def attempt(label, func, *args, **kwargs):
    try:
        print(label, "->", func(*args, **kwargs))
    except (TypeError, ValueError) as exc:
        print(label, "->", type(exc).__name__ + ":", exc)

attempt("int(x='10')", int, x="10")
attempt("int(base=2)", int, base=2)
attempt("str(5, encoding='utf-8')", str, 5, encoding="utf-8")
attempt("str('x', encoding='utf-8')", str, "x", encoding="utf-8")
attempt("bytes('abc')", bytes, "abc")
attempt("bytes(5, encoding='ascii')", bytes, 5, encoding="ascii")
attempt("pow(2)", pow, 2)
attempt("pow(2, 3, mod=0)", pow, 2, 3, mod=0)
attempt("getattr(z, name='real')", getattr, z, name="real")
attempt("divmod(7, y=2)", divmod, 7, y=2)
attempt("int('12', base=2)", int, "12", base=2)
attempt("complex('1+2j', 3)", complex, "1+2j", 3)
attempt("bytes('é', 'ascii')", bytes, "é", "ascii")

# Methods of list and dict take their arguments by position only
attempt("[3, 1].index(value=1)", [3, 1].index, value=1)
attempt("{}.get('k', default=0)", {}.get, "k", default=0)
attempt("[].append(object=1)", [].append, object=1)
