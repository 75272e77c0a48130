# Lambdas in a dispatch table: a tiny calculator with error handling
import operator

OPS = {
    "+": operator.add,
    "-": operator.sub,
    "*": lambda a, b: a * b,
    "/": lambda a, b: a / b,
    "//": operator.floordiv,
    "**": pow,
    "max": max,
    "avg": lambda *xs: sum(xs) / len(xs),
}


def calc(expr):
    parts = expr.split()
    if len(parts) == 3 and parts[1] in OPS:
        a, op, b = parts
        return OPS[op](float(a), float(b))
    name, *args = parts
    return OPS[name](*map(float, args))


for expr in ["3 + 4", "10 / 4", "7 // 2", "2 ** 10", "max 3 9 2", "avg 1 2 3 4",
             "1 / 0", "5 % 2", "avg", "x + 1"]:
    try:
        print(f"{expr!r:>12} = {calc(expr)}")
    except ZeroDivisionError as e:
        print(f"{expr!r:>12} ZeroDivisionError: {e}")
    except KeyError as e:
        print(f"{expr!r:>12} unknown operator {e}")
    except ValueError as e:
        print(f"{expr!r:>12} ValueError: {e}")
print(OPS["*"].__name__, OPS["+"].__name__, (lambda: 0).__qualname__)
compose = lambda f, g: lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5), (lambda *a, **k: (a, k))(1, 2, z=3))
print((lambda x, /, y=2, *, z: x + y + z)(1, z=10))
print(sorted(OPS, key=lambda k: (len(k), k)))
