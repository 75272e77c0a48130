# __call__: objects that behave like functions and remember things
class Multiplier:
    def __init__(self, factor):
        self.factor = factor
        self.calls = 0

    def __call__(self, x):
        self.calls += 1
        return x * self.factor

    def __repr__(self):
        return f"Multiplier({self.factor}) called {self.calls} times"

double = Multiplier(2)
triple = Multiplier(3)
print(double(5), triple(5), double("ab"), list(map(double, [1, 2, 3])))
print(double, triple)
print(callable(double), callable(5), callable(Multiplier), callable(print), callable("x"))

class Counter:
    def __init__(self):
        self.counts = {}

    def __call__(self, word):
        self.counts[word] = self.counts.get(word, 0) + 1
        return self.counts[word]

    def most_common(self, n):
        return sorted(self.counts.items(), key=lambda kv: (-kv[1], kv[0]))[:n]

count = Counter()
for w in "to be or not to be that is the question to ask".split():
    count(w)
print(count.most_common(3))

class CountCalls:
    def __init__(self, func):
        self.func = func
        self.calls = 0
        self.__name__ = func.__name__

    def __call__(self, *args, **kwargs):
        self.calls += 1
        return self.func(*args, **kwargs)

@CountCalls
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(15), fib.calls, type(fib).__name__, fib.__name__)

class Memo:
    def __init__(self, func):
        self.func = func
        self.cache = {}
        self.hits = 0

    def __call__(self, n):
        if n in self.cache:
            self.hits += 1
        else:
            self.cache[n] = self.func(n)
        return self.cache[n]

@Memo
def slow_square(n):
    print(f"  computing {n}^2")
    return n * n

for n in [4, 5, 4, 4, 6, 5]:
    print(n, "->", slow_square(n))
print("hits:", slow_square.hits, "cached:", sorted(slow_square.cache))

class Polynomial:
    def __init__(self, *coefficients):
        self.coefficients = coefficients

    def __call__(self, x):
        result = 0
        for c in self.coefficients:
            result = result * x + c
        return result

    def __str__(self):
        degree = len(self.coefficients) - 1
        terms = []
        for i, c in enumerate(self.coefficients):
            if c == 0:
                continue
            power = degree - i
            term = f"{c}" if power == 0 else (f"{c}x" if power == 1 else f"{c}x^{power}")
            terms.append(term)
        return " + ".join(terms).replace("+ -", "- ")

p = Polynomial(2, -3, 0, 5)
print(p)
print([p(x) for x in range(-2, 3)])
print(sorted([-3, 1, 2, -1, 0], key=Polynomial(1, 0, 0)))

class Accumulator:
    def __init__(self):
        self.total = 0
    def __call__(self, amount=1):
        self.total += amount
        return self
acc = Accumulator()
print(acc(5)(10)()(2).total)
try:
    Multiplier(2)(1, 2)
except TypeError as e:
    print("TypeError:", e)
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print("TypeError:", e)
