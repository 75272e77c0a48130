# Mistakes with StringIO and their messages
import io

s = io.StringIO()
try:
    s.write(42)
except TypeError as e:
    print("TypeError:", e)
s.write(str(42))
print(s.getvalue())
try:
    io.StringIO(b"bytes")
except TypeError as e:
    print("TypeError:", e)
try:
    s.seek(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    s.seek(1, 1)
except OSError as e:
    print("OSError:", e)
try:
    s.read("all")
except TypeError as e:
    print("TypeError:", e)
s.seek(5)
s.write("!")
print(repr(s.getvalue()), s.tell())
try:
    io.NoSuchThing
except AttributeError as e:
    print("AttributeError:", e)
