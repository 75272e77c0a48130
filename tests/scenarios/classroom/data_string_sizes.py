# sys.getsizeof of str: 1, 2 and 4 bytes per character kinds
import sys
samples = ["", "a", "ab", "hello world", "é", "café", "naïve résumé", "Ω", "日本語", "€100", "😀", "a😀", "𝔘𝔫𝔦"]
for s in samples:
    print(f"{s!r:<20} len={len(s):<3} size={sys.getsizeof(s)}")
print()
for n in (0, 1, 10, 100, 1000):
    ascii_s = "x" * n
    latin = "é" * n
    bmp = "€" * n
    astral = "😀" * n
    print(n, sys.getsizeof(ascii_s), sys.getsizeof(latin), sys.getsizeof(bmp), sys.getsizeof(astral))
mixed = "a" * 10 + "😀"
print(sys.getsizeof(mixed), sys.getsizeof(mixed[:10]), sys.getsizeof(mixed[10:]))
print(sys.getsizeof("abc".encode()), sys.getsizeof("日本".encode("utf-8")), sys.getsizeof(b""), sys.getsizeof(bytearray(b"abc")))
print(len("日本語".encode("utf-8")), len("日本語".encode("utf-16")), len("日本語".encode("utf-32")), len("é".encode("latin-1")))
print("abc".isascii(), "é".isascii(), max("hello"), min("Hello"), ord(max("日本語")))
