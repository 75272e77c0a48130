# __slots__ removes the per-instance dict: instances are smaller.
import sys

class Plain:
    def __init__(self):
        self.x = 1
        self.y = 2

class Slotted:
    __slots__ = ("x", "y")
    def __init__(self):
        self.x = 1
        self.y = 2

print("without __slots__:", sys.getsizeof(Plain()))
print("with __slots__:", sys.getsizeof(Slotted()))
