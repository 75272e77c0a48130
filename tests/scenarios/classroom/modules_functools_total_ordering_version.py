# total_ordering writes the missing comparisons from __eq__ and __lt__
from functools import total_ordering


@total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))
        self.text = text

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return "Version(" + repr(self.text) + ")"


a = Version("1.2.0")
b = Version("1.10.1")
print(a < b, a <= b, a > b, a >= b, a == b, a != b)

# as strings, "1.10" sorts before "1.2"; as versions it does not
texts = ["1.10.1", "1.2.0", "0.9", "1.2.0"]
print(sorted(texts))
print(sorted(Version(t) for t in texts))
print(max(Version(t) for t in texts))

# the generated methods are plain functions added to the class
print([name for name in ("__lt__", "__le__", "__gt__", "__ge__") if name in Version.__dict__])
print(Version.__gt__.__name__)
