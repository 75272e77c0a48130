# A sequence with only __getitem__ and __len__: iteration, in, reversed, slicing
class Squares:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(self.n))]
        if index < 0:
            index += self.n
        if not 0 <= index < self.n:
            raise IndexError("Squares index out of range")
        return index * index


class Infinite:
    def __getitem__(self, i):
        if i > 5:
            raise IndexError(i)
        return chr(ord("a") + i)


sq = Squares(6)
print(list(sq), len(sq), sq[-1], sq[2])
print(sq[1:5], sq[::2], sq[::-1], sq[10:])
print(16 in sq, 15 in sq)
print(list(reversed(sq)))
print(sorted(sq, reverse=True)[:3], sum(sq), max(sq))
try:
    sq[6]
except IndexError as e:
    print("IndexError:", e)
print(list(Infinite()), "".join(Infinite()))
a, b, *rest = Infinite()
print(a, b, rest)
print(list(zip(sq, Infinite())))
print(slice(1, 10, 3).indices(6), slice(None, None, -1).indices(4))
try:
    len(Infinite())
except TypeError as e:
    print("TypeError:", e)
try:
    reversed(Infinite())
except TypeError as e:
    print("TypeError:", e)
