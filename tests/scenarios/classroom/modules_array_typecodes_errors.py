# Typecodes limit what an array can hold
from array import array
import array as array_module

print(array_module.typecodes)
for code in array_module.typecodes:
    a = array(code)
    print(code, a.itemsize, a)

tests = [('b', 127), ('b', 128), ('B', 255), ('B', -1), ('h', 32767), ('h', 32768),
         ('H', 65536), ('i', 2**31 - 1), ('i', 2**31), ('I', -5), ('q', 2**63),
         ('Q', 2**64 - 1), ('i', 3.5), ('d', 'x'), ('u', 'ab')]
for code, value in tests:
    try:
        a = array(code, [value])
        print("ok", code, a[0])
    except (OverflowError, TypeError) as e:
        print(type(e).__name__, code, value, "->", e)

try:
    array('x')
except ValueError as e:
    print("ValueError:", e)
try:
    array('i', "123")
except TypeError as e:
    print("TypeError:", e)
try:
    array('i', [1, 2]) + array('d', [1.0])
except TypeError as e:
    print("TypeError:", e)
try:
    array('i', [1, 2]).extend(array('d', [1.0]))
except TypeError as e:
    print("TypeError:", e)
try:
    hash(array('i'))
except TypeError as e:
    print("TypeError:", e)
