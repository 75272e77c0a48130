# Comparisons: a < b tries a.__lt__(b), then the mirror b.__gt__(a).
# != uses __ne__, which by default is the opposite of __eq__.

class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))
        self.text = text

    def __repr__(self):
        return f"v{self.text}"

    def __eq__(self, other):
        print(f"  {self!r}.__eq__({other!r})")
        return self.parts == other.parts

    def __lt__(self, other):
        print(f"  {self!r}.__lt__({other!r})")
        return self.parts < other.parts


a = Version("1.2")
b = Version("1.10")
print("a < b:", a < b)
print("b > a:", b > a)
print("a == Version('1.2'):", a == Version("1.2"))
print("a != b:", a != b)
try:
    a <= b
except TypeError as e:
    print("TypeError:", e)
print("max:", max([a, b]))


class Temperature:
    def __init__(self, c):
        self.c = c

    def __gt__(self, other):
        return self.c > other


print("30 < Temperature(35):", 30 < Temperature(35))
print("40 < Temperature(35):", 40 < Temperature(35))
