# What property, classmethod, staticmethod and super objects cost
import sys


def area(self):
    return self.w * self.h


def square(cls, side):
    return cls(side, side)


def check(n):
    return n > 0


p = property(area)
c = classmethod(square)
s = staticmethod(check)
print("property:", sys.getsizeof(p))
print("classmethod:", sys.getsizeof(c))
print("staticmethod:", sys.getsizeof(s))
print(sys.getrefcount(area), sys.getrefcount(square), sys.getrefcount(check))


class Rect:
    def __init__(self, w, h):
        self.w = w
        self.h = h

    area = p
    square = c
    check = s

    def show(self):
        return str(self.w) + "x" + str(self.h)


r = Rect.square(3)
print(r.show(), r.area, Rect.check(5), r.check(-1))
print(sys.getrefcount(p), sys.getrefcount(c), sys.getrefcount(s))
print("super:", sys.getsizeof(super(Rect, r)))
m = r.show
print("bound method:", sys.getsizeof(m), m.__self__ is r)
print(sys.getrefcount(r))
del m
print(sys.getrefcount(r))
print(c.__func__ is square, s.__func__ is check)
