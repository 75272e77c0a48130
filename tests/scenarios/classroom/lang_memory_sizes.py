# How much memory do basic objects take? sys.getsizeof of strings, lists, tuples and dicts
import sys

for s in ["", "a", "hello", "hello world!" * 3, "é", "日本"]:
    print(repr(s)[:20], sys.getsizeof(s))
lst = []
sizes = []
for i in range(20):
    sizes.append(sys.getsizeof(lst))
    lst.append(i)
print(sizes)
print(sys.getsizeof([]), sys.getsizeof([1, 2, 3]), sys.getsizeof(list(range(3))), sys.getsizeof([None] * 3))
print(sys.getsizeof(()), sys.getsizeof((1,)), sys.getsizeof((1, 2, 3)))
print(sys.getsizeof({}), sys.getsizeof({"a": 1}), sys.getsizeof(dict.fromkeys(range(10))))
print(sys.getsizeof(set()), sys.getsizeof({1, 2, 3}), sys.getsizeof(frozenset(range(10))))
print(sys.getsizeof(0), sys.getsizeof(3.14), sys.getsizeof(True), sys.getsizeof(None), sys.getsizeof(1j))
print(sys.getsizeof(range(1000)), sys.getsizeof(b"abc"), sys.getsizeof(bytearray(b"abc")))

class Plain:
    def __init__(self):
        self.a = 1
        self.b = 2

class Slotted:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1
        self.b = 2

p, s = Plain(), Slotted()
print(sys.getsizeof(p), sys.getsizeof(p.__dict__), sys.getsizeof(s), hasattr(s, "__dict__"))
try:
    s.c = 3
except AttributeError as err:
    print("AttributeError:", err)
squares_list = [x * x for x in range(1000)]
squares_gen = (x * x for x in range(1000))
print(sys.getsizeof(squares_list), sys.getsizeof(squares_gen), sum(squares_gen) == sum(squares_list))
words = "the cat sat on the mat".split()
print(sys.getsizeof(words), sum(sys.getsizeof(w) for w in words))
s1 = "memory"
s2 = s1 + ""
s3 = s1 * 1
print(s1 is s2, s1 is s3, sys.getsizeof(s1 * 100))
