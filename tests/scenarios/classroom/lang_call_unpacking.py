# print(*items, sep=...) and building objects from *args and **kwargs
names = ["a", "b", "c"]
print(*names, sep=", ")
print(*names, sep="-", end="!\n")
opts = {"sep": "|"}
print(1, 2, **opts)
class P:
    def __init__(self, x, y=0, **extra):
        self.x, self.y, self.extra = x, y, extra
p = P(*[1], **{"y": 2, "z": 3})
print(p.x, p.y, p.extra)
def outer(*args, **kwargs):
    return P(*args, **kwargs)
q = outer(5, color="red")
print(q.x, q.y, q.extra)
print(sorted(*[[3, 1, 2]], **{"reverse": True}))
m = max(*[4, 9, 2])
print(m, dict(**{"a": 1}, b=2))
