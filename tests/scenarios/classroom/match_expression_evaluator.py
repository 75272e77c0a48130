# A recursive evaluator for expressions written as nested tuples
def evaluate(expr, env):
    match expr:
        case int() | float() as number:
            return number
        case str(name):
            return env[name]
        case ("neg", operand):
            return -evaluate(operand, env)
        case ("+", left, right):
            return evaluate(left, env) + evaluate(right, env)
        case ("-", left, right):
            return evaluate(left, env) - evaluate(right, env)
        case ("*", left, right):
            return evaluate(left, env) * evaluate(right, env)
        case ("/", left, right):
            return evaluate(left, env) / evaluate(right, env)
        case ("sum", *terms):
            return sum(evaluate(t, env) for t in terms)
        case ("let", name, value, body):
            inner = dict(env)
            inner[name] = evaluate(value, env)
            return evaluate(body, inner)
        case _:
            raise ValueError("bad expression: " + repr(expr))


def show(expr):
    match expr:
        case (op, left, right) if op in "+-*/":
            return "(" + show(left) + " " + op + " " + show(right) + ")"
        case ("neg", operand):
            return "-" + show(operand)
        case ("sum", *terms):
            return "sum(" + ", ".join(show(t) for t in terms) + ")"
        case ("let", name, value, body):
            return "let " + name + " = " + show(value) + " in " + show(body)
        case other:
            return str(other)


env = {"x": 3, "y": 4}
programs = [
    ("+", 1, ("*", 2, 3)),
    ("-", ("*", "x", "x"), ("neg", "y")),
    ("/", ("sum", 1, 2, 3, "x"), 2),
    ("let", "z", ("+", "x", "y"), ("*", "z", "z")),
    ("sum",),
]
for p in programs:
    print(show(p), "=", evaluate(p, env))
try:
    evaluate(("pow", 2, 3), env)
except ValueError as e:
    print(e)
