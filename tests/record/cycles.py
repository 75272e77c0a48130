# Build reference cycles, drop them, and let the collector free them.
import gc


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None


for round_number in range(20):
    nodes = [Node(i) for i in range(200)]
    for a, b in zip(nodes, nodes[1:] + nodes[:1]):
        a.other = b
    del nodes, a, b
    print(round_number, gc.collect())
