# 100,000 objects in 10,000 ten-node rings: automatic collections find them.
import gc

class Node:
    def __init__(self, value):
        self.value = value
        self.next = None

gc.collect()           # start-up garbage and counts differ between installations
before = gc.get_stats()
for ring in range(10000):
    first = Node(ring)
    node = first
    for i in range(9):
        node.next = Node(i)
        node = node.next
    node.next = first
    del first, node
after = gc.get_stats()
for gen in range(3):
    print("generation", gen, "collections", after[gen]["collections"] - before[gen]["collections"],
          "collected", after[gen]["collected"] - before[gen]["collected"])
print("left for the last collection:", gc.collect())
