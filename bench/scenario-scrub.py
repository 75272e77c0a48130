# 100,000 iterations building and dropping a list, a dict and an instance:
# about ten million object events to scrub through in the window.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

total = 0
for i in range(100000):
    l = [i, i + 1, i + 2]
    d = {"a": i, "b": l}
    p = Point(i, l)
    total += len(l) + len(d) + p.x
print(total)
