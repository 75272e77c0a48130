# match statements: a tiny calculator and shape describer
def evaluate(expr):
    match expr:
        case int() | float() as number:
            return number
        case ("neg", operand):
            return -evaluate(operand)
        case ("+", left, right):
            return evaluate(left) + evaluate(right)
        case ("-", left, right):
            return evaluate(left) - evaluate(right)
        case ("*", left, right):
            return evaluate(left) * evaluate(right)
        case ("/", left, right):
            divisor = evaluate(right)
            if divisor == 0:
                raise ZeroDivisionError("division by zero in expression")
            return evaluate(left) / divisor
        case ("sum", *terms):
            return sum(evaluate(t) for t in terms)
        case _:
            raise ValueError(f"bad expression: {expr!r}")

def show(expr):
    match expr:
        case int() | float():
            return str(expr)
        case ("neg", x):
            return f"-{show(x)}"
        case (op, left, right) if op in "+-*/":
            return f"({show(left)} {op} {show(right)})"
        case ("sum", *terms):
            return "sum(" + ", ".join(show(t) for t in terms) + ")"
    return "?"

exprs = [
    42,
    ("+", 1, 2),
    ("*", ("+", 1, 2), ("-", 10, 4)),
    ("/", 7, 2),
    ("neg", ("*", 3, 3)),
    ("sum", 1, 2, 3, ("*", 2, 5)),
    ("/", 1, ("-", 2, 2)),
    ("pow", 2, 8),
    [("+"), 1, 1],
]
for e in exprs:
    try:
        print(f"{show(e)} = {evaluate(e)}")
    except (ZeroDivisionError, ValueError) as err:
        print(f"{show(e)} -> {type(err).__name__}: {err}")

def http_message(status):
    match status:
        case 200 | 201 | 204:
            return "success"
        case 301 | 302 as code:
            return f"redirect ({code})"
        case 404:
            return "not found"
        case n if 400 <= n < 500:
            return "client error"
        case n if n >= 500:
            return "server error"
        case _:
            return "unknown"

print([http_message(s) for s in (200, 204, 302, 404, 418, 503, 100)])

class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(0, y):
            return f"on the y axis at {y}"
        case Point(x, 0):
            return f"on the x axis at {x}"
        case Point(x=x, y=y) if x == y:
            return f"on the diagonal at {x}"
        case Point():
            return f"somewhere ({p.x}, {p.y})"
        case _:
            return "not a point"

for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 7), (1, 7)]:
    print(where(p))

def parse_command(line):
    match line.split():
        case ["move", ("up" | "down" | "left" | "right") as d, steps] if steps.isdigit():
            return ("move", d, int(steps))
        case ["move", d]:
            return ("move", d, 1)
        case ["say", *words]:
            return ("say", " ".join(words))
        case ["config", {"a": 1}]:
            return "impossible"
        case other:
            return ("unknown", other)

for line in ["move up 3", "move left", "say hello there friend", "jump", "move up x"]:
    print(parse_command(line))

config = {"name": "app", "debug": True, "port": 8080, "extra": 1}
match config:
    case {"name": str(name), "port": int(port), **others}:
        print(name, port, sorted(others))
