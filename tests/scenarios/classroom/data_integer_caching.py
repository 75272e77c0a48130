# Small integers are cached: is versus == for ints
import sys
a = 256
b = 256
print(a is b, a == b)
c = 257
d = int("257")
print(c == d, c is d)
x = -5
y = int("-5")
print(x is y)
p = -6
q = int("-6")
print(p == q, p is q)
def same(n):
    return int(str(n)) is int(str(n))
print([n for n in range(-10, 270) if same(n)] == list(range(-5, 257)))
print(sum(1 for n in range(-10, 300) if same(n)))
total = 0
for i in range(1000):
    total += 1
print(total == 1000, total)
print(sys.getrefcount(1) > 100, sys.getrefcount(100000 + int("1")))
big1 = 10 ** 10
big2 = 10 ** 10
print(big1 == big2, big1 is big2)
print(True is True, bool(1) is True, None is None, int(True) == 1)
s1 = 1000
s2 = s1
print(s1 is s2, id(s1) == id(s2))
s2 += 1
print(s1, s2, s1 is s2)
print((0).__class__.__name__, type(1) is int, isinstance(True, int), True + True, True * 10, -True)
nums = [int(str(k)) for k in (1, 1000, 1, 1000)]
print(nums[0] is nums[2], nums[1] is nums[3], nums[1] == nums[3])
