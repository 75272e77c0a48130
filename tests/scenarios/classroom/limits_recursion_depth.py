# Recursion depth: every call takes a frame, and the recursion limit stops
# a runaway recursion with RecursionError before it takes the machine
import sys


def countdown(n):
    if n == 0:
        return 0
    return 1 + countdown(n - 1)


def forever(n):
    return forever(n + 1)


print("default limit:", sys.getrecursionlimit())
print("900 calls deep:", countdown(900))

try:
    forever(0)
except RecursionError as err:
    print("forever:", err)

# a deep but finite recursion needs a higher limit
sys.setrecursionlimit(100000)
print("new limit:", sys.getrecursionlimit())
print("60000 calls deep:", countdown(60000))
try:
    forever(0)
except RecursionError as err:
    print("forever with the higher limit:", err)

try:
    sys.setrecursionlimit(0)
except ValueError as err:
    print("limit 0:", err)
sys.setrecursionlimit(1000)


# A linked list built by recursion through __init__: calling the class
# counts too, so each node costs two levels of the limit
class Node:
    def __init__(self, n):
        self.value = n
        self.next = Node(n - 1) if n > 0 else None


head = Node(300)
length = 0
node = head
while node is not None:
    length += 1
    node = node.next
print("nodes:", length, "first:", head.value)
print("a node:", sys.getsizeof(head), "bytes, refs to the second:", sys.getrefcount(head.next))

try:
    Node(600)
except RecursionError as err:
    print("600 nodes:", err)


# A recursive __repr__ counts the repr call and the method call
class Chain:
    def __init__(self, rest):
        self.rest = rest

    def __repr__(self):
        return "Chain(" + repr(self.rest) + ")"


chain = None
for i in range(5):
    chain = Chain(chain)
print(chain)
for i in range(1000):
    chain = Chain(chain)
try:
    print(chain)
except RecursionError as err:
    print("long chain:", err)
