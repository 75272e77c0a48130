# Two objects that refer to each other survive del; only gc.collect() finds them.
import gc

class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
    def __del__(self):
        print("freed", self.name)

gc.collect()
a = Node("a")
b = Node("b")
a.other = b
b.other = a           # a cycle
del a, b              # the counts stay at 1: nothing is freed
print("after del: nothing freed yet")
print("gc.collect() found", gc.collect(), "objects")
