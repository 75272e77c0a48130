# Memory lesson: reference cycles and the cyclic garbage collector
import gc
import sys

class Node:
    alive = 0

    def __init__(self, name):
        self.name = name
        self.next = None
        Node.alive += 1

    def __del__(self):
        Node.alive -= 1

def make_ring(n):
    nodes = [Node(f"n{i}") for i in range(n)]
    for a, b in zip(nodes, nodes[1:] + nodes[:1]):
        a.next = b
    return nodes[0]

gc.collect()
gc.disable()
print("gc enabled:", gc.isenabled())

head = make_ring(5)
print("alive after building a ring of 5:", Node.alive)
print("head refcount (ring + name):", sys.getrefcount(head) - 1)
del head
print("alive after del head (cycle keeps them):", Node.alive)
unreachable = gc.collect()
print("gc.collect() found:", unreachable, "alive now:", Node.alive)

chain = Node("a")
chain.next = Node("b")
chain.next.next = Node("c")
print("alive with a chain of 3:", Node.alive)
del chain
print("a chain without a cycle dies at once:", Node.alive)

lst = []
lst.append(lst)
print("self-containing list:", gc.is_tracked(lst), sys.getrefcount(lst) - 1)
del lst
print("collected:", gc.collect())

d = {}
d["me"] = d
del d
print("collected a self-containing dict:", gc.collect())

print("what the collector tracks:")
for label, obj in [("int", 1), ("str", "s"), ("list", []), ("empty dict", {}),
                   ("dict of ints", {1: 2}), ("dict with list", {1: []}),
                   ("tuple of ints", (1, 2)), ("instance", Node("t"))]:
    print(f"  {label:<15}{gc.is_tracked(obj)}")
gc.collect()

a = Node("x")
b = Node("y")
a.next = b
b.next = a
print("b refers to a:", a in gc.get_referents(b), "| a is referred to by b:", b in gc.get_referrers(a))
del a, b
gc.collect()
print("alive:", Node.alive)

print("thresholds:", gc.get_threshold())
gc.set_threshold(500, 5, 5)
print("new thresholds:", gc.get_threshold())
gc.set_threshold(700, 10, 10)
gc.enable()
print("gc enabled:", gc.isenabled())

trees = []
for i in range(3):
    root = Node(f"root{i}")
    root.next = root
    trees.append(root)
trees.clear()
print("three self-loops waiting:", Node.alive)
print("collect:", gc.collect(), "alive:", Node.alive)
print("garbage list is empty:", gc.garbage)
