# Defining __eq__ without __hash__ makes a class unhashable: Python sets
# __hash__ to None, so its instances cannot go in a set or be dict keys.

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)


print("Point(1, 2) == Point(1, 2):", Point(1, 2) == Point(1, 2))
print("Point.__hash__ is None:", Point.__hash__ is None)
try:
    {Point(1, 2)}
except TypeError as e:
    print("TypeError:", e)


class HPoint(Point):
    def __hash__(self):
        return hash((self.x, self.y))


seen = {HPoint(1, 2), HPoint(1, 2), HPoint(3, 4)}
print("distinct hashable points:", len(seen))
print("hash matches the tuple's:", hash(HPoint(5, 6)) == hash((5, 6)))
ages = {HPoint(0, 0): "origin"}
print("lookup by an equal point:", ages[HPoint(0, 0)])


class Frozen:
    __hash__ = None


try:
    hash(Frozen())
except TypeError as e:
    print("TypeError:", e)


class Ident:
    pass


a = Ident()
print("plain objects hash by identity:", hash(a) == hash(a), a == Ident())
