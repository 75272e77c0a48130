# str.format: positional, named, attribute and index fields, conversions
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
    def __str__(self):
        return f"({self.x}, {self.y})"

p = Point(3, 4)
print("{} and {}".format("spam", "eggs"), "{1} and {0}".format("spam", "eggs"), "{0}{1}{0}".format("ab", "-"))
print("{name} is {age}".format(name="Ada", age=36), "{0[1]} {0[0]}".format(["x", "y"]), "{d[key]}".format(d={"key": 5}))
print("{p.x} {p.y} {p} {p!r} {p!s} {0!a}".format("é", p=p))
print("{0!r:>15}|{0!s:<12}|".format(p), "{:>{}}".format("right", 10), "{0:{fill}{align}{width}}".format("c", fill="*", align="^", width=9))
print("{{literal braces}} {}".format(1), "{:%Y}".format(p) if False else "{0:.{1}f}".format(3.14159, 2))
data = {"name": "Grace", "langs": ["COBOL", "FLOW-MATIC"]}
print("{name} wrote {langs[0]} and {langs[1]}".format(**data), "{0[name]}".format(data))
print("{:d} {:5.1f} {:x}".format(42, 2.25, 255), "{:,}".format(1234567), "{!r}".format("quote's"))
print("%s %r %a" % ("é", "é", "é"), "%5s|%-5s|%.2s" % ("ab", "cd", "xyz"), "%c%c" % (72, "i"))
print("%d%%" % 50, "%05.1f" % 3.14159, "%+d %+d" % (5, -5), "%x %X %o %#x %#o" % (255, 255, 8, 255, 8), "%e" % 12345.6789)
print("%(a)s-%(b)s" % {"a": 1, "b": 2}, "%(x)05d" % {"x": 42}, "%*d|%-*d|" % (6, 42, 6, 42), "%.*f" % (2, 3.14159))
print("%s" % [1, 2], "%s" % (1,), "%s and %s" % ("a", "b"), "%i %u" % (3.9, -2), "%g %G" % (0.00001, 1e20))
template = "{greeting}, {0}! You have {n:,} new {what}."
print(template.format("Sam", greeting="Hello", n=1200, what="messages"))
print("{greeting}!".format_map({"greeting": "Hi"}), "{:^7}".format("mid"), "{0:>8.3}".format("truncate"))
for bad in ("{0} {1}", "{x}", "{0[5]}", "{", "}", "{0!z}", "{:d}"):
    try:
        print(bad.format(["only"]) if bad == "{0[5]}" else bad.format("s"))
    except (IndexError, KeyError, ValueError) as e:
        print(type(e).__name__ + ":", e)
for fmt, args in (("%d", "x"), ("%s %s", ("a",)), ("%s", ("a", "b")), ("%(k)s", ("t",)), ("%z", 1), ("%c", 1114112)):
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
