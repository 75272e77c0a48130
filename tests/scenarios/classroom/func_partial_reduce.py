# functools.partial and reduce, with operator functions
from functools import partial, reduce
import operator


def power(base, exponent):
    return base ** exponent


def log(level, message, *, sep=": "):
    return f"[{level}]{sep}{message}"


square = partial(power, exponent=2)
two_to = partial(power, 2)
warn = partial(log, "WARN")
quiet = partial(log, "INFO", sep=" - ")

print(square(7), two_to(10), [two_to(n) for n in range(5)])
print(warn("disk low"), quiet("started"))
print(square.func is power, square.args, square.keywords, two_to.args)
print(quiet("x", sep="|"))
nested = partial(partial(log, "DBG"), sep="> ")
print(nested("deep"), nested.args, nested.keywords)

numbers = [3, 1, 4, 1, 5, 9, 2, 6]
print(reduce(operator.add, numbers), reduce(operator.mul, numbers, 1))
print(reduce(lambda acc, n: acc if acc > n else n, numbers))
print(reduce(lambda acc, ch: acc * 10 + int(ch), "2024", 0))
words = ["alpha", "beta", "gamma"]
print(reduce(lambda d, w: {**d, w[0]: w}, words, {}))
print(reduce(operator.or_, [{1, 2}, {2, 3}, {5}]))
try:
    reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)
print(reduce(operator.add, [], "empty"))
print(list(map(partial(int, base=2), ["101", "111", "1000"])))
print(sorted(["b", "A", "c"], key=partial(str.lower)))
try:
    square()
except TypeError as e:
    print("TypeError:", e)
