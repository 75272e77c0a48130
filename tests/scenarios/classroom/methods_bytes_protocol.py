# Bytes are text's binary cousin: parsing a tiny line-based protocol
import sys

message = b"HELLO server\r\nUSER alice\r\nPASS s3cret\r\nQUIT\r\n"
lines = message.splitlines()
print(lines)
for line in lines:
    command, _, argument = line.partition(b" ")
    print(command.ljust(6, b"."), argument.rjust(8), command.istitle(), command.isupper())

# headers: name and value, split once from the right
header = b"Content-Type: text/plain; charset=utf-8"
name, value = header.split(b": ", 1)
print(name.lower(), value.rsplit(b"=", 1), value.removeprefix(b"text/"))

# a translation table: ROT13 for ASCII letters
lower = b"abcdefghijklmnopqrstuvwxyz"
upper = lower.upper()
rot13 = bytes.maketrans(lower + upper, lower[13:] + lower[:13] + upper[13:] + upper[:13])
secret = b"Hello, World!".translate(rot13)
print(secret, secret.translate(rot13), b"banana".translate(None, b"a"))

# a hex dump, as a debugger shows memory
data = bytes(range(65, 85))
print(data.hex(" ", 4), data.hex(":", -8))
print(b"7".zfill(3), b"-7".zfill(4), b"id".center(8, b"*"), b"a\tb".expandtabs(4))

# bytearray is the mutable one: same methods, results of its own type
buf = bytearray(b"status: ok")
print(buf.title(), buf.partition(b": "), b"ok" in buf, 115 in buf)
print(sys.getsizeof(b""), sys.getsizeof(b"abc"), sys.getsizeof(bytearray(b"abc")))
