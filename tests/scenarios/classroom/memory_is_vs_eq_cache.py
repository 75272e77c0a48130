# is vs ==: the small-int cache, interning, and equal-but-different objects
a = 256
b = 256
print(a is b, a == b)
c = int("257")
d = int("257")
print(c is d, c == d)
x = 10
y = 5 + 5
print(x is y)
big1 = 10 ** 3
big2 = 10 ** 3
print(big1 is big2, big1 == big2)
for n in (-6, -5, 0, 100, 256, 257, 1000):
    m = int(str(n))
    print(n, m is int(str(n)))
s1 = "hello"
s2 = "hello"
print(s1 is s2)
s3 = "".join(["hel", "lo"])
print(s3 == s1, s3 is s1)
import sys
s4 = sys.intern(s3)
print(s4 is s1)
w1 = "hello world"
w2 = "hello" + " " + "world"
print(w1 == w2)
t1 = (1, 2, 3)
t2 = tuple([1, 2, 3])
print(t1 == t2, t1 is t2)
l1 = [1, 2]
l2 = [1, 2]
print(l1 == l2, l1 is l2, l1[0] is l2[0])
e1 = ()
e2 = tuple()
print(e1 is e2, "" is str(), frozenset() == frozenset())
print(None is None, type(None)() is None, True is bool(1), bool(0) is False)
c1 = "a"
c2 = chr(97)
print(c1 is c2, "ab"[0] is "a", "é"[0] is "é", str(5) is "5")
f1 = 1.5
f2 = float("1.5")
print(f1 == f2, f1 is f2)
nan = float("nan")
lst = [nan]
print(nan in lst, nan == lst[0], lst.count(nan), lst.index(nan))
def same(a, b):
    return a is b
print(same(7, 7), same([], []), same(*[()] * 2))
x = [1, 2, 3]
y = x
x += [4]
print(y, x is y)
x = x + [5]
print(y, x is y)
p = "ab"
q = p
p += "c"
print(p, q, p is q)
