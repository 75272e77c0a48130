# Three ways to hold a record, and what each costs in memory
import sys
from types import SimpleNamespace


class PointClass:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class PointSlots:
    __slots__ = ('x', 'y')

    def __init__(self, x, y):
        self.x = x
        self.y = y


as_dict = {'x': 1, 'y': 2}
as_ns = SimpleNamespace(x=1, y=2)
as_obj = PointClass(1, 2)
as_slots = PointSlots(1, 2)

print("dict:", sys.getsizeof(as_dict))
print("namespace:", sys.getsizeof(as_ns), "+ its dict", sys.getsizeof(vars(as_ns)))
print("class instance:", sys.getsizeof(as_obj), "+ its dict", sys.getsizeof(as_obj.__dict__))
print("slots instance:", sys.getsizeof(as_slots))

print(as_dict['x'], as_ns.x, as_obj.x, as_slots.x)

# adding an attribute grows the namespace's dict
before = sys.getsizeof(vars(as_ns))
for name in 'abcdefgh':
    setattr(as_ns, name, 0)
print("dict grew from", before, "to", sys.getsizeof(vars(as_ns)))

# references: the namespace holds its values like a dict does
big = [0] * 100
print(sys.getrefcount(big))
holder = SimpleNamespace(data=big)
print(sys.getrefcount(big))
del holder
print(sys.getrefcount(big))
empty = SimpleNamespace()
print(empty, sys.getsizeof(empty), len(vars(empty)))
