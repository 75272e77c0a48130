# A million iterations building and dropping a list, a dict and an instance.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

total = 0
for i in range(1000000):
    l = [i, i + 1, i + 2]
    d = {"a": i, "b": l}
    p = Point(i, l)
    total += len(l) + len(d) + p.x
print(total)
