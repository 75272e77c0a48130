# sys.getallocatedblocks(): each small object is one block of pymalloc
import sys


class Dot:
    __slots__ = ("x",)

    def __init__(self, x):
        self.x = x


before = sys.getallocatedblocks()
dots = [Dot(i) for i in range(100)]
after = sys.getallocatedblocks()
print("100 dots took", after - before, "blocks")

before = sys.getallocatedblocks()
floats = [i / 7 for i in range(200)]
after = sys.getallocatedblocks()
print("200 floats took", after - before, "blocks")

before = sys.getallocatedblocks()
del dots
after = sys.getallocatedblocks()
print("deleting the dots gave back", before - after, "blocks")
print("one dot is", sys.getsizeof(Dot(0)), "bytes")
