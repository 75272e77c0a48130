# Weak references to objects in a cycle are cleared by the collector
import gc
import weakref


class Player:
    def __init__(self, name):
        self.name = name
        self.rival = None


def report(wr):
    print("  callback: a player is gone")


gc.disable()
a = Player("ann")
b = Player("bob")
a.rival, b.rival = b, a
wa = weakref.ref(a, report)
wb = weakref.ref(b)
del a, b
print("after del, still alive:", wa() is not None, wb().name)
print("collecting...")
found = gc.collect()
print("unreachable objects found:", found)
print("refs now:", wa(), wb())
print("callback kept by the collector:", wa.__callback__ is report)
gc.enable()
