# Arrays and raw bytes: what a file or a network sees
from array import array

temps = array('h', [21, -3, 18, 250, -40])
raw = temps.tobytes()
print(type(raw).__name__, len(raw), "bytes for", len(temps), "shorts")
print(raw)

copy = array('h')
copy.frombytes(raw)
print(copy, copy == temps)

as_bytes = array('B', raw)
print("the same memory, byte by byte:", as_bytes.tolist())

try:
    array('i').frombytes(b'\x01\x02\x03')
except ValueError as e:
    print("ValueError:", e)

swapped = array('h', temps)
swapped.byteswap()
print("byteswapped:", swapped.tolist())
swapped.byteswap()
print("back:", swapped.tolist())

floats = array('f', [0.1, 0.5, 2.25])
print(floats)
print("a 4-byte float keeps less precision:", floats[0], 0.1)
print(array('d', floats.tolist()))
text = array('u', 'hello')
print(text, text.itemsize, text.tounicode().upper())
