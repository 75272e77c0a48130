# callable, isinstance, issubclass, type and hash
class Shape:
    pass

class Square(Shape):
    def __init__(self, side):
        self.side = side

    def __call__(self):
        return self.side * self.side

sq = Square(3)
print(callable(sq), callable(Shape), callable(len), callable(3), callable("x".upper), sq())
print(isinstance(sq, Shape), isinstance(sq, (int, str)), isinstance(True, int), isinstance(3, (float, int)))
print(issubclass(Square, Shape), issubclass(Shape, Square), issubclass(bool, int), issubclass(Square, (int, object)))
print(type(sq).__name__, type(3) is int, type("a") == str)
print(hash(1) == hash(1.0), hash("a") == hash("a"), hash((1, 2)) == hash((1, 2)))
for thing in [3, 2.5, "s", [1], (1,), {1: 2}, {1}, None, len, Square]:
    print(type(thing).__name__, callable(thing))
try:
    hash([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(sq, Shape)
except TypeError as e:
    print("TypeError:", e)
