# Reference cycles: refcounting cannot free them, gc.collect() can (and returns a count)
import gc


class Node:
    def __init__(self, name):
        self.name = name
        self.partner = None

    def __del__(self):
        print("freeing", self.name)


gc.collect()
gc.disable()
a = Node("a")
b = Node("b")
a.partner = b
b.partner = a
print("deleting the names")
del a, b
print("nothing freed yet")
print("gc.collect() found", gc.collect(), "objects")

lonely = Node("self-loop")
lonely.partner = lonely
del lonely
print("gc.collect() found", gc.collect(), "objects")

ring = [Node(f"r{i}") for i in range(3)]
for i in range(3):
    ring[i].partner = ring[(i + 1) % 3]
del ring
print("gc.collect() found", gc.collect(), "objects")

lst = []
lst.append(lst)
del lst
print("a list containing itself:", gc.collect())
print("nothing left:", gc.collect())
gc.enable()
