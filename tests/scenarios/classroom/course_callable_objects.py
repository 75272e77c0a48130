# Callable objects: a class with __call__ acts like a function that keeps state
class Multiplier:
    def __init__(self, factor):
        self.factor = factor

    def __call__(self, x):
        return x * self.factor


class Accumulator:
    def __init__(self):
        self.total = 0
        self.calls = 0

    def __call__(self, amount=1):
        self.calls += 1
        self.total += amount
        return self.total


double = Multiplier(2)
print(double(21), callable(double), callable(5), callable(len))
print(list(map(Multiplier(10), [1, 2, 3])))
acc = Accumulator()
acc(5)
acc(10)
print(acc(), acc.total, acc.calls)


def apply_all(functions, value):
    return [f(value) for f in functions]


print(apply_all([double, Multiplier(3), abs, str], -4))
