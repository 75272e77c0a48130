# Structural pattern matching: literals, sequences, mappings, classes and guards
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

def describe(shape):
    match shape:
        case Point(0, 0):
            return "the origin"
        case Point(x, 0):
            return f"on the x axis at {x}"
        case Point(x=0, y=y):
            return f"on the y axis at {y}"
        case Point(x, y) if x == y:
            return f"on the diagonal at {x}"
        case Point():
            return "somewhere else"
        case _:
            return "not a point"

for s in [Point(0, 0), Point(3, 0), Point(0, -2), Point(4, 4), Point(1, 2), "P"]:
    print(describe(s))

def command(text):
    match text.split():
        case []:
            return "nothing"
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"going {direction}"
        case ["take", item]:
            return f"taking {item}"
        case ["drop", *items] if items:
            return f"dropping {', '.join(items)}"
        case ["quit" | "exit"]:
            return "bye"
        case [verb, *_]:
            return f"unknown verb {verb!r}"

for t in ["", "go north", "go up", "take lamp", "drop a b c", "drop", "exit", "dance now"]:
    print(repr(t), "->", command(t))

def http(response):
    match response:
        case {"status": 200, "body": body}:
            return f"ok: {body}"
        case {"status": 404}:
            return "not found"
        case {"status": int(code), **rest} if code >= 500:
            return f"server error {code} {sorted(rest)}"
        case {"status": str()}:
            return "status must be a number"
        case _:
            return "unexpected"

for r in [{"status": 200, "body": "hi"}, {"status": 404, "x": 1}, {"status": 503, "retry": 5, "a": 0},
          {"status": "200"}, {}]:
    print(http(r))

def kind(value):
    match value:
        case None:
            return "None"
        case True | False:
            return "bool"
        case int() | float() as n if n < 0:
            return "negative number"
        case int():
            return "int"
        case str() as s if len(s) > 3:
            return "long str"
        case (a, b):
            return f"pair {a},{b}"
        case [*_]:
            return "sequence"
    return "other"

print([kind(v) for v in [None, True, -2.5, 7, "hello", "hi", (1, 2), [1, 2, 3], {1}]])
