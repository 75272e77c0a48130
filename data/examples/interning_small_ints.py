# Small ints (-5 to 256) and name-like string literals are shared objects.
a = 256
b = 255 + 1
print("256 is 256:", a is b)
c = 257
d = int("257")
print("257 is 257:", c is d)

x = "hello"
y = "".join(["hel", "lo"])
print("equal:", x == y, "same object:", x is y)
