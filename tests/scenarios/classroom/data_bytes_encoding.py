# Text vs bytes: encode, decode, errors and bytearray
word = "naïve café ☕"
data = word.encode("utf-8")
print(data, len(word), len(data), type(data).__name__)
print(data.decode("utf-8") == word, data[0], data[:5], list(data[:3]), data[-3:])
print(word.encode("latin-1", errors="replace"), word.encode("ascii", "ignore"), word.encode("ascii", "xmlcharrefreplace"))
print(word.encode("ascii", "backslashreplace"))
try:
    word.encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
broken = data[:-1]
print(broken.decode("utf-8", errors="replace"), broken.decode("utf-8", "ignore"))
try:
    broken.decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print(b"\xe9t\xe9".decode("latin-1"), "été".encode("utf-16-le"), "été".encode("utf-32-be")[:8])
buf = bytearray(b"hello")
buf[0] = ord("H")
buf.append(33)
buf.extend(b" world")
buf += b"!"
print(buf, len(buf), buf.decode(), bytes(buf), buf.upper(), buf.find(b"o"))
buf[1:5] = b"EY"
print(buf)
del buf[0]
print(buf, buf.pop(), buf.pop(0), buf)
buf.insert(0, 74)
buf.remove(ord("w"))
print(buf, buf.count(b"l"), buf.replace(b"!", b"?"), buf.reverse(), buf)
print(bytes(3), bytes([65, 66, 67]), bytes(range(5)), b"abc" + b"def", b"ab" * 3, b"b" in b"abc", 98 in b"abc")
print(b"hello world".split(), b"a,b".split(b","), b"  x ".strip(), b"abc".hex(), bytes.fromhex("de ad be ef"), b"\x00\xff".hex(":"))
try:
    b"abc"[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    bytes([256])
except ValueError as e:
    print("ValueError:", e)
print(b"%s is %d years" % (b"Ada", 36), b"caf\xc3\xa9".decode(), str(b"bytes"), repr(bytearray(b"it's")))
