# The cycle collector runs all the finalizers of one collection, in order
import gc


class Node:
    def __init__(self, label):
        self.label = label
        self.links = []

    def __del__(self):
        print("finalizing", self.label)


def make_ring(names):
    nodes = [Node(name) for name in names]
    for i, node in enumerate(nodes):
        node.links.append(nodes[(i + 1) % len(nodes)])
    return nodes[0]


gc.collect()
ring = make_ring(["a", "b", "c", "d"])
print("dropping the ring")
ring = None
print("collected:", gc.collect() > 0)

team = [Node("x"), Node("y"), Node("z")]
team[0].links.extend(team)
team[2].links.append(team[0])
gc.collect()
print("dropping the team")
team = None
print("collected:", gc.collect() > 0)

box = (Node("p"), Node("q"))
box[0].links.append(box)
box[1].links.append(box[0])
print("dropping the box")
del box
print("collected:", gc.collect() > 0)
