# Built-in classes match themselves: int(x), str(s), list(), dict(), ...
def kind(value):
    match value:
        case bool(b):
            return "bool " + str(b)
        case int(n):
            return "int " + str(n)
        case float(f):
            return "float " + str(f)
        case str(s) if s:
            return "str of length " + str(len(s))
        case str():
            return "empty str"
        case bytes(data):
            return "bytes " + repr(data)
        case list([]):
            return "empty list"
        case list([x, *_]):
            return "list starting with " + repr(x)
        case tuple(t):
            return "tuple of " + str(len(t))
        case dict({"id": i}):
            return "record " + str(i)
        case dict():
            return "other dict"
        case set() | frozenset():
            return "a set"
        case None:
            return "nothing"
        case object():
            return "some object"


for v in [True, 7, 2.5, "hey", "", b"ab", [], [3, 4], (1, 2, 3), {"id": 9}, {}, {1}, frozenset(), None, range(2)]:
    print(repr(v), "->", kind(v))

# strings and bytes are never sequences for a pattern
for v in ["ab", b"ab", ["a", "b"], ("a", "b")]:
    match v:
        case [x, y]:
            print(repr(v), "is a sequence of", x, y)
        case _:
            print(repr(v), "is not a sequence pattern subject")
