# is vs ==: identity against equality, None checks, and small-integer caching
a = [1, 2, 3]
b = [1, 2, 3]
c = a
print(a == b, a is b, a is c, a is not b, id(a) == id(c), id(a) == id(b))
x = None
print(x is None, x == None, type(None).__name__)

small1 = 256
small2 = int("256")
big1 = 1000
big2 = int("1000")
print(small1 == small2, small1 is small2)
print(big1 == big2, big1 is big2)
neg1, neg2 = -5, int("-5")
print(neg1 is neg2, int("-6") is int("-6"))
print(int("257") is int("257"), 257 == int("257"))
s1 = "hello"
s2 = "".join(["hel", "lo"])
print(s1 == s2, s1 is s2, s1 is "hello", s1 is s2.__str__())
import sys
s3 = sys.intern(s2)
print(s3 is s1)
t1 = ()
t2 = tuple()
print(t1 is t2, (1, 2) == (1, 2))
print(True is True, 1 == True, 1 is True, 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
class Always:
    def __eq__(self, other):
        return True
obj = Always()
print(obj == None, obj is None, obj == 5, [obj] == [1], obj in [1, 2])
nan = float("nan")
print(nan == nan, nan is nan, [nan] == [nan], nan in [nan])
print(id(a) == id(a[:]), a[:] == a, [] is [], {} == {}, set() == set())
def check(value):
    if value is None:
        return "missing"
    if value == 0:
        return "zero"
    return "value"
print(check(None), check(0), check(0.0), check(False), check(""))
