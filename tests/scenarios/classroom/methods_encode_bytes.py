# Encoding text to bytes: utf-8, latin-1, ascii and the error handlers
import sys

word = "café"
utf8 = word.encode()
latin = word.encode("latin-1")
print(utf8, len(utf8), latin, len(latin), len(word))
print(sys.getsizeof(word), sys.getsizeof(utf8), sys.getsizeof("cafe"), sys.getsizeof("cafe".encode()))
print(word.encode("ascii", "replace"), word.encode("ascii", errors="ignore"), "€5".encode("utf-8"))
print(list("AZ".encode()), "hi".encode("UTF-8") == b"hi", "x".encode() is "x".encode())
try:
    word.encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    "€".encode("latin-1")
except UnicodeError as e:
    print(type(e).__name__ + ":", e)
try:
    "x".encode("klingon")
except LookupError as e:
    print("LookupError:", e)
