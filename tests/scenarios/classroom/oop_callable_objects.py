# __call__: objects that behave like functions and keep state
class Multiplier:
    def __init__(self, factor):
        self.factor = factor
        self.calls = 0

    def __call__(self, value):
        self.calls += 1
        return value * self.factor


class Memoize:
    def __init__(self, func):
        self.func = func
        self.cache = {}

    def __call__(self, *args):
        if args not in self.cache:
            self.cache[args] = self.func(*args)
        return self.cache[args]


@Memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


class Polynomial:
    def __init__(self, *coeffs):
        self.coeffs = coeffs

    def __call__(self, x):
        total = 0
        for c in reversed(self.coeffs):
            total = total * x + c
        return total

    def __repr__(self):
        terms = [f"{c}x^{i}" if i else str(c) for i, c in enumerate(self.coeffs) if c]
        return " + ".join(terms) or "0"


double = Multiplier(2)
print(list(map(double, [1, 2, 3])), double.calls)
print(callable(double), callable(Multiplier), callable(3))
print(fib(30), len(fib.cache), type(fib).__name__)
p = Polynomial(1, 0, 3)
print(p, [p(x) for x in range(4)])
print(sorted([3, -5, 1], key=Multiplier(-1)))
try:
    Polynomial()()
except TypeError as e:
    print("TypeError:", e)
print(Polynomial()(5), repr(Polynomial(0, 0)))
