# bytes and bytearray: decode, hex, fromhex, searching, splitting and a growing buffer
import sys

packet = "GET /index.html HTTP/1.1\r\nHost: example.org\r\n".encode()
print(packet[:3], len(packet), packet.count(b"\r\n"), packet.find(b"Host"), packet.index(b"HTTP"))
request_line, rest = packet.split(b"\r\n", 1)
method, path, version = request_line.split()
print(method, path, version.decode(), path.decode().lstrip("/"), rest.strip().split(b": "))
print(b"  x ".strip(), b"--a--".strip(b"-"), b"abc".upper(), b"ABC".lower(), b"aBc".swapcase())
print(b"12".isdigit(), b"ab".isalpha(), b"a1".isalnum(), b" \t".isspace(), b"".isdigit())
print(b"-".join([b"a", b"b", b"c"]), b"aXbXc".replace(b"X", b"--"), b"hello".startswith(b"he"), b"hello".endswith((b"x", b"lo")))
raw = bytes([200, 10, 255, 0])
print(raw.hex(), bytes.fromhex("c8 0a ff 00") == raw, bytes.fromhex("deadbeef"), "caf\xe9".encode("latin-1").decode("latin-1"))
print("café".encode().decode("utf-8"), b"caf\xc3\xa9".decode(), b"abc".decode("ascii"))
buf = bytearray()
sizes = []
for i in range(10):
    buf.append(65 + i)
    sizes.append(sys.getsizeof(buf))
print(buf, sizes)
buf.extend(b"xyz")
buf.extend([33, 63])
print(buf, len(buf), sys.getsizeof(buf))
print(buf.pop(), buf.pop(0), buf)
buf.insert(0, 64)
buf.remove(ord("x"))
buf.reverse()
print(buf, buf.hex(), buf.decode(), buf.upper(), buf.copy() == buf)
buf.clear()
print(buf, len(buf), sys.getsizeof(buf))
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
try:
    bytes.fromhex("zz")
except ValueError as e:
    print("ValueError:", e)
try:
    bytearray(b"ab").remove(99)
except ValueError as e:
    print("ValueError:", e)
