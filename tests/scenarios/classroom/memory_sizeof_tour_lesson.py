# Week 3: how big is an object? sys.getsizeof for every built-in type, and how lists, dicts and sets grow
import sys, gc
print(sys.getsizeof(0), sys.getsizeof(1), sys.getsizeof(2**30), sys.getsizeof(2**60), sys.getsizeof(-1))
print(sys.getsizeof(""), sys.getsizeof("a"), sys.getsizeof("é"), sys.getsizeof("€"), sys.getsizeof("😀"))
print(sys.getsizeof(b""), sys.getsizeof(b"ab"), sys.getsizeof(bytearray(b"ab")), sys.getsizeof(1.5), sys.getsizeof(1j))
print(sys.getsizeof(()), sys.getsizeof((1,)), sys.getsizeof([]), sys.getsizeof([1]), sys.getsizeof({}), sys.getsizeof({1: 2}))
print(sys.getsizeof(set()), sys.getsizeof({1}), sys.getsizeof(frozenset()), sys.getsizeof(range(10)), sys.getsizeof(None))
l = []
prev = sys.getsizeof(l)
for i in range(40):
    l.append(i)
    s = sys.getsizeof(l)
    if s != prev:
        print(i, s)
        prev = s
d = {}
prev = sys.getsizeof(d)
for i in range(100):
    d[i] = i
    s = sys.getsizeof(d)
    if s != prev:
        print("dict", i, s)
        prev = s
st = set()
prev = sys.getsizeof(st)
for i in range(100):
    st.add(i)
    s = sys.getsizeof(st)
    if s != prev:
        print("set", i, s)
        prev = s
class A: pass
a = A()
print(sys.getsizeof(a), sys.getsizeof(a.__dict__), sys.getsizeof(A), sys.getsizeof(A.__dict__))
a.x = 1; a.y = 2
print(sys.getsizeof(a.__dict__))
def f(): pass
print(sys.getsizeof(f), sys.getsizeof(f.__code__) > 0, sys.getsizeof(lambda: 0))
g = (i for i in range(3)); print(sys.getsizeof(g))
print(sys.getsizeof([i for i in range(10)]), sys.getsizeof(list(range(10))), sys.getsizeof([0]*10))
print(sys.getsizeof("hello world"*10), sys.getsizeof(str(12345)), sys.getsizeof(3.0.hex()))
print(gc.get_threshold(), gc.isenabled())
x = [1, 2]; y = x; z = [x, x]
print(sys.getrefcount(x), sys.getrefcount(None) > 1000, sys.getrefcount(1) > 100)
t = (1, 2); print(gc.is_tracked(t), gc.is_tracked([]), gc.is_tracked({}), gc.is_tracked({"a": []}), gc.is_tracked(1))
print(sys.getsizeof(iter([])), sys.getsizeof(enumerate([])), sys.getsizeof(zip()), sys.getsizeof(map(str, [])))
print(sys.getsizeof(dict.fromkeys(range(5))), sys.getsizeof({**{}}), sys.getsizeof(dict(a=1)))
s = "abc"; print(sys.getsizeof(s * 100), sys.getsizeof(s.upper()), sys.getsizeof(s[1:]))
