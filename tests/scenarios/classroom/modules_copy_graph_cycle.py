# deepcopy of a graph: shared nodes stay shared, cycles stay cycles
import copy
import sys

class Node:
    def __init__(self, name):
        self.name = name
        self.edges = []

    def __repr__(self):
        return f"Node({self.name!r}, -> {[n.name for n in self.edges]})"

a, b, c = Node("a"), Node("b"), Node("c")
a.edges += [b, c]
b.edges.append(c)      # c is reached twice from a
c.edges.append(a)      # and c leads back to a: a cycle

graph = [a, b, c]
clone = copy.deepcopy(graph)
a2, b2, c2 = clone

print(clone)
print("new nodes:", a2 is not a, b2 is not b, c2 is not c)
print("c shared once:", a2.edges[1] is b2.edges[0] is c2)
print("cycle kept:", c2.edges[0] is a2)
print("no link back to the original:", all(n not in graph for n in a2.edges))

# the memo dict remembers what was copied, by id
memo = {}
first = copy.deepcopy(a, memo)
second = copy.deepcopy(a, memo)
print("same memo, same copy:", first is second)
print("memo has the node:", memo[id(a)] is first)

# a list that contains itself
loop = [1, 2]
loop.append(loop)
loop2 = copy.deepcopy(loop)
print(loop2, loop2[2] is loop2, loop2 is not loop)

# the copies hold no extra references once deepcopy returns
print(sys.getrefcount(a2), sys.getrefcount(c2))
