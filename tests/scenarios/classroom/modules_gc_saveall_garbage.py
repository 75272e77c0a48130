# gc.DEBUG_SAVEALL: keep what the collector finds in gc.garbage, to look at it
import gc


class Node:
    def __init__(self, name):
        self.name = name
        self.next = None


gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
print("debug flags:", gc.get_debug() == gc.DEBUG_SAVEALL)

first = Node("first")
second = Node("second")
first.next, second.next = second, first
del first, second

found = gc.collect()
print("found:", found)
print("saved in gc.garbage:", len(gc.garbage))
names = sorted(obj.name for obj in gc.garbage if isinstance(obj, Node))
print("nodes kept alive:", names)
print("a saved node still points at the other:", gc.garbage[0].next.next is gc.garbage[0])

loop = []
loop.append(loop)
del loop
print("one more cycle:", gc.collect(), len(gc.garbage))

gc.set_debug(0)
gc.garbage.clear()
print("cleared:", len(gc.garbage), gc.collect())
