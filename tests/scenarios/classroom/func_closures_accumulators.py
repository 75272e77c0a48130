# Closures: counters, accumulators and the cells that hold their variables
def make_counter(start=0, step=1):
    count = start

    def counter():
        nonlocal count
        count += step
        return count
    return counter


def make_averager():
    values = []

    def averager(x):
        values.append(x)
        return sum(values) / len(values)
    return averager


def make_multipliers():
    return [lambda x, i=i: x * i for i in range(4)]


def make_late():
    return [lambda x: x * i for i in range(4)]


c1 = make_counter()
c2 = make_counter(100, 10)
print(c1(), c1(), c1(), c2(), c2())
print(c1.__closure__[0].cell_contents, c2.__code__.co_freevars)
avg = make_averager()
print(avg(10), avg(20), avg(60))
print(avg.__closure__[0].cell_contents)
print([f(10) for f in make_multipliers()])
print([f(10) for f in make_late()])
print(make_counter.__code__.co_cellvars, c1.__name__, c1.__qualname__)


def outer():
    x = "outer"

    def middle():
        def inner():
            return x
        return inner
    x = "changed"
    return middle()


print(outer()())


def broken():
    total = 0

    def add(n):
        total += n
        return total
    return add


try:
    broken()(5)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
