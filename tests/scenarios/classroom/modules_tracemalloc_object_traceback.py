# tracemalloc.get_object_traceback(): where was this object allocated?
import tracemalloc


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


def make_points(n):
    points = []
    for i in range(n):
        points.append(Point(i, i * 2))
    return points


early = Point(0, 0)
tracemalloc.start(4)
points = make_points(3)
origin = Point(0, 0)
buffer = bytearray(500)

for name, obj in [("points[1]", points[1]), ("origin", origin), ("early", early),
                  ("buffer", buffer)]:
    tb = tracemalloc.get_object_traceback(obj)
    if tb is None:
        print(name, "was allocated before tracing started")
        continue
    print(name, "allocated at line", tb[-1].lineno, "with", len(tb), "frame(s):",
          [frame.lineno for frame in tb])

tb = tracemalloc.get_object_traceback(points[0])
print("most recent frame first:")
for line in tb.format(most_recent_first=True):
    print(line.replace(__file__, "lesson.py"))
print("limit:", tracemalloc.get_traceback_limit(), "total frames:", tb.total_nframe)
tracemalloc.stop()
print("after stop:", tracemalloc.get_object_traceback(origin))
