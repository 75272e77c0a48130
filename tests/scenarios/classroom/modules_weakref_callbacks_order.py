# Weak reference callbacks: when they run, and in which order
import sys
import weakref


class Node:
    def __init__(self, name):
        self.name = name


def gone(label):
    def callback(wr):
        print(f"  {label}: callback, referent now {wr()}")
    return callback


n = Node("n")
plain = weakref.ref(n)
print("plain refs are shared:", weakref.ref(n) is plain)
first = weakref.ref(n, gone("first"))
second = weakref.ref(n, gone("second"))
print("count:", weakref.getweakrefcount(n))
print("kinds:", [type(r).__name__ for r in weakref.getweakrefs(n)])
print("equal refs:", first == second, hash(first) == hash(n))
print("callback set:", first.__callback__ is not None)
print("size of a ref:", sys.getsizeof(first))

print("del n:")
del n
print("after:", plain(), first(), weakref.getweakrefcount(first))
print("callback dropped:", first.__callback__)
print("dead refs compare by identity:", first == second, first == first)

d = {}
m = Node("m")
k = weakref.ref(m, lambda wr: d.pop("m"))
d["m"] = k
print("entry there:", list(d))
del m
print("entry removed by the callback:", list(d))
