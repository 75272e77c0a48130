# tracemalloc: how much do 1000 instances take, with a __dict__ and with __slots__?
import sys
import tracemalloc


class PlainPixel:
    def __init__(self, x, y, colour):
        self.x = x
        self.y = y
        self.colour = colour


class SlotPixel:
    __slots__ = ("x", "y", "colour")

    def __init__(self, x, y, colour):
        self.x = x
        self.y = y
        self.colour = colour


def measure(cls):
    tracemalloc.start()
    pixels = [cls(x, x % 7, "red") for x in range(1000)]
    current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return pixels, current


plain, plain_bytes = measure(PlainPixel)
slotted, slot_bytes = measure(SlotPixel)
print("1000 plain pixels:  ", plain_bytes, "bytes")
print("1000 slotted pixels:", slot_bytes, "bytes")
print("saved per pixel:", (plain_bytes - slot_bytes) // 1000, "bytes")
print("getsizeof:", sys.getsizeof(plain[0]), sys.getsizeof(slotted[0]))
print("has __dict__:", hasattr(plain[0], "__dict__"), hasattr(slotted[0], "__dict__"))
