# is vs ==: identity (the same object) against equality (the same value)
a = [1, 2, 3]
b = [1, 2, 3]
c = a
print(a == b, a is b)
print(a == c, a is c)
print(id(a) == id(c), id(a) == id(b))

x = None
print(x is None, x == None)
print(True is True, (1 == 1) is True)

s1 = "hello"
s2 = "".join(["hel", "lo"])
print(s1 == s2, s1 is s2)

t1 = (1, 2)
t2 = t1
print(t1 is t2)

n = 1000
m = n
print(n is m)
m += 1
print(n, m, n is m)

empty1 = []
empty2 = []
print(empty1 == empty2, empty1 is empty2)
print([] == [], {} == {}, 1 == 1.0, n is not None)
