# An old-style sequence: with only __getitem__, a for-loop still works.
# Python asks for item 0, 1, 2, ... until IndexError. `in` searches the same way.

class Alphabet:
    def __init__(self, letters):
        self.letters = letters

    def __getitem__(self, i):
        print(f"  [{i}]", end="")
        return self.letters[i]


abc = Alphabet("xyz")
for ch in abc:
    print(" ->", ch)
print()
print("'y' in abc:", "y" in abc)
print("list:", list(abc))


class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError("no more squares")
        return i * i


print("squares:", list(Squares()))
print("9 in Squares():", 9 in Squares())
print("max:", max(Squares()))


class Nothing:
    pass


try:
    for x in Nothing():
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    1 in Nothing()
except TypeError as e:
    print("TypeError:", e)
