# A tuple is immutable, but a list inside it is not
import sys
t = (1, "two", [3, 4])
print(t, len(t), t[2])
try:
    t[0] = 10
except TypeError as e:
    print("TypeError:", e)
t[2].append(5)
print(t)
try:
    t[2] += [6]
except TypeError as e:
    print("TypeError:", e)
print(t)
try:
    hash(t)
except TypeError as e:
    print("TypeError:", e)
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()))
a = (1, 2, 3)
b = a + (4,)
print(b, a is b, a * 2, a[1:], a[::-1], a.count(2), a.index(3))
single = (5,)
not_a_tuple = (5)
print(type(single).__name__, type(not_a_tuple).__name__, single, ())
x, *rest = (1, 2, 3, 4)
print(x, rest)
p = (3, 4)
q = tuple([3, 4])
print(p == q, p < (3, 5), (1, 2) < (1, 2, 0), (2,) > (1, 9, 9), max([(1, "b"), (1, "a")]))
print(sys.getsizeof(()), sys.getsizeof((1,)), sys.getsizeof((1, 2, 3)), sys.getsizeof(tuple(range(20))))
empty = ()
print(empty is tuple(), tuple() is tuple([]))
try:
    (1, 2).index(9)
except ValueError as e:
    print("ValueError:", e)
print(divmod(17, 5), tuple("abc"), tuple({"k": 1}), tuple(range(3)))
point = (1.5, -2.0)
print("x=%s y=%s" % point, "%r" % (point,), f"{point}", str(point), repr(point))
