# How big is a string? Compact ASCII, Latin-1, UCS-2 and UCS-4 layouts
import sys
samples = ["", "a", "hello", "hello world", "é", "café", "naïve", "€", "€uro", "日本語", "😀", "a😀"]
for s in samples:
    print(f"{s!r:16} len={len(s):2} size={sys.getsizeof(s):3} bytes={len(s.encode()):2}")
base = sys.getsizeof("")
for n in (1, 2, 4, 8, 16):
    print(n, sys.getsizeof("x" * n) - base, sys.getsizeof("é" * n) - sys.getsizeof("é"), sys.getsizeof("€" * n) - sys.getsizeof("€"))
word = "memory"
upper = word.upper()
print(sys.getsizeof(word) == sys.getsizeof(upper), sys.getsizeof(word + "é") - sys.getsizeof(word))
parts = "the quick brown fox".split()
print([sys.getsizeof(p) for p in parts], sum(map(sys.getsizeof, parts)), sys.getsizeof(parts))
joined = " ".join(parts)
print(sys.getsizeof(joined), len(joined))
print(sys.getsizeof(b"hello"), sys.getsizeof("hello".encode("utf-16")), sys.getsizeof(bytearray(b"hello")))
print(sys.getsizeof(str(10 ** 20)), sys.getsizeof(repr(1.5)), sys.getsizeof(f"{3.14159:.2f}"))
s = ""
sizes = []
for i in range(10):
    s += "ab"
    sizes.append(sys.getsizeof(s))
print(sizes)
print(sys.getsizeof("a" * 100 + "é") - sys.getsizeof("a" * 101), sys.getsizeof("a" * 100 + "€") - sys.getsizeof("a" * 101))
print(sys.getsizeof(chr(127)), sys.getsizeof(chr(128)), sys.getsizeof(chr(255)), sys.getsizeof(chr(256)), sys.getsizeof(chr(65535)), sys.getsizeof(chr(65536)))
