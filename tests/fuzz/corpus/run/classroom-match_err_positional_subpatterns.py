# A class without __match_args__ takes only keyword sub-patterns
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def where(p):
    match p:
        case Point(x=0, y=0):
            return "origin"
        case Point(x=0):
            return "on the y axis"
        case Point(0, 0):
            return "never reached"


print(where(Point(0, 0)))
print(where(Point(0, 3)))
print(where(Point(1, 2)))
