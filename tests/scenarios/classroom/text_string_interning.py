# String immutability and interning: is, ==, and reference counts
import sys
a = "hello"
b = "hello"
print(a == b, a is b)
c = "".join(["hel", "lo"])
print(a == c, a is c)
d = sys.intern(c)
print(d is a, sys.intern("hello") is a)
s = "immutable"
try:
    s[0] = "I"
except TypeError as e:
    print("TypeError:", e)
t = s
s += "!"
print(s, t, s is t)
print(sys.getrefcount("a unique string literal for refcount"))
word = "python-lesson"
base = sys.getrefcount(word)
names = [word, word, word]
print(sys.getrefcount(word) - base)
del names
print(sys.getrefcount(word) - base)
x = "a"
y = "".join(["a"])
print(x is y, "single characters are shared")
long1 = "not an identifier!"
long2 = "not an " + "identifier!"
print(long1 == long2)
print(type(s).__name__, len(s), s.upper(), s)
def make():
    return "made" + "here"
print(make() is make())
print(str(12345) is str(12345), str(7) == "7")
u = "abc"
print(u.replace("z", "y") is u, u.strip() is u, u[:] is u, u * 1 is u, str(u) is u)
print(u.upper() is u, u.lower() is u, u.center(3) is u, u.ljust(2) is u, u.zfill(1) is u)
