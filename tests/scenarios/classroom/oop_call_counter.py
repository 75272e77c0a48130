# __call__: objects used as functions, a counter and a memoizer
class CallCounter:
    def __init__(self, func):
        self.func = func
        self.calls = 0

    def __call__(self, *args, **kwargs):
        self.calls += 1
        return self.func(*args, **kwargs)


@CallCounter
def square(x):
    return x * x


print(square(3), square(4), square.calls)
print(callable(square), type(square).__name__)


class Memo:
    def __init__(self, func):
        self.func = func
        self.cache = {}

    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.func(n)
        return self.cache[n]


@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(30), len(fib.cache))


class Adder:
    def __init__(self, k):
        self.k = k

    def __call__(self, x):
        return x + self.k


add5 = Adder(5)
print(list(map(add5, [1, 2, 3])), add5(10))
print(callable(Adder), callable(add5), callable(5))
try:
    fib.cache()
except TypeError as e:
    print("TypeError:", e)
