# Function composition, pipelines with reduce, and decorators that register steps
from functools import reduce, wraps, partial
import operator


def compose(*funcs):
    def composed(x):
        return reduce(lambda acc, f: f(acc), reversed(funcs), x)
    composed.__name__ = "∘".join(f.__name__ for f in funcs)
    return composed


def pipe(value, *funcs):
    return reduce(lambda acc, f: f(acc), funcs, value)


STEPS = []


def step(order):
    def register(func):
        @wraps(func)
        def logged(data):
            result = func(data)
            print(f"  {order}. {func.__name__}: {data!r} -> {result!r}")
            return result
        STEPS.append((order, logged))
        STEPS.sort(key=operator.itemgetter(0))
        return logged
    return register


@step(2)
def strip_punct(text):
    return "".join(ch for ch in text if ch.isalnum() or ch.isspace())


@step(1)
def lower(text):
    return text.lower()


@step(3)
def words(text):
    return text.split()


@step(4)
def unique_sorted(items):
    return sorted(set(items))


def inc(x):
    return x + 1


def double(x):
    return x * 2


f = compose(double, inc)
print(f(5), f.__name__, compose()(7))
print(pipe(5, inc, double, str, len))
print(pipe("Hello, World! Hello again.", *(fn for _, fn in STEPS)))
print([order for order, _ in STEPS], [fn.__name__ for _, fn in STEPS])
add3 = partial(operator.add, 3)
print(pipe(10, add3, double, partial(operator.sub, 100)))
print(list(map(compose(str, abs), [-3, 4, -5])))
funcs = [inc, double, abs]
print([g(-4) for g in funcs], {g.__name__: g(-2) for g in funcs})
