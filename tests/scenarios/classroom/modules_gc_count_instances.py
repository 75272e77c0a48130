# Counting live instances of a class with gc.get_objects()
import gc


class Connection:
    def __init__(self, host):
        self.host = host
        self.peer = None


def count(cls):
    return sum(1 for obj in gc.get_objects() if isinstance(obj, cls))


print("at start:", count(Connection))
pool = [Connection(f"db{i}") for i in range(5)]
print("after making 5:", count(Connection))
pool = pool[:2]
print("after keeping 2:", count(Connection))

a, b = Connection("a"), Connection("b")
a.peer, b.peer = b, a
del a, b
print("a cycle of 2, names deleted:", count(Connection))
gc.collect()
print("after collect:", count(Connection))

print("pool tracked:", gc.is_tracked(pool), "in get_objects:", any(o is pool for o in gc.get_objects()))
print("an int tracked:", gc.is_tracked(12345), "a str:", gc.is_tracked("text"))
print("a dict of ints:", gc.is_tracked({"a": 1}), "a dict holding a list:", gc.is_tracked({"a": []}))
