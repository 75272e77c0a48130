# sys.getsizeof of every built-in type, and how containers grow
import sys
for v in [0, 1, 2 ** 30 - 1, 2 ** 30, 2 ** 60, 2 ** 90, -1, True, False, 0.0, 1e300, 1j, None, "", "a", "ab", "é", "€", "😀", b"", b"ab", (), (1,), [], {}, set(), frozenset(), range(10), slice(1, 2), bytearray(), bytearray(b"abc"), object(), type, len]:
    print(f"{type(v).__name__:<10}{sys.getsizeof(v):>6}  {v!r:.20}")
lst = []
last = sys.getsizeof(lst)
print("list growth:")
for i in range(40):
    lst.append(i)
    s = sys.getsizeof(lst)
    if s != last:
        print(f"  len {len(lst):3} -> {s} bytes")
        last = s
d = {}
last = sys.getsizeof(d)
print("dict growth:")
for i in range(100):
    d[i] = i
    s = sys.getsizeof(d)
    if s != last:
        print(f"  len {len(d):3} -> {s}")
        last = s
st = set()
last = sys.getsizeof(st)
print("set growth:")
for i in range(100):
    st.add(i)
    s = sys.getsizeof(st)
    if s != last:
        print(f"  len {len(st):3} -> {s}")
        last = s
print([sys.getsizeof("x" * n) for n in (0, 1, 10, 100, 1000)])
print([sys.getsizeof("é" * n) for n in (1, 10)], [sys.getsizeof("€" * n) for n in (1, 10)])
print([sys.getsizeof(tuple(range(n))) for n in range(6)])
print([sys.getsizeof(list(range(n))) for n in range(6)], [sys.getsizeof([0] * n) for n in range(6)])
print(sys.getsizeof([x for x in range(5)]), sys.getsizeof(list(range(5))), sys.getsizeof([0, 1, 2, 3, 4]))
print(sys.getsizeof(dict.fromkeys(range(5))), sys.getsizeof({i: i for i in range(5)}), sys.getsizeof(dict(a=1)))
print(sys.getsizeof(10 ** 100), sys.getsizeof(-(10 ** 100)), sys.getsizeof(2 ** 1000))
lst2 = list(range(20))
while lst2:
    lst2.pop()
    if len(lst2) % 4 == 0:
        print(len(lst2), sys.getsizeof(lst2), end="; ")
print()
print(sys.getsizeof(b"x" * 100), sys.getsizeof(bytearray(100)), sys.getsizeof(iter([])), sys.getsizeof(iter("")))
print(sys.getsizeof({}.keys()), sys.getsizeof(reversed([])), sys.getsizeof(enumerate([])), sys.getsizeof(zip()), sys.getsizeof(map(str, [])))
def gen():
    yield 1
print(sys.getsizeof(gen()), sys.getsizeof(lambda: 0) , sys.getsizeof(x for x in []))
