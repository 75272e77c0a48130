# Higher-order functions: map, filter, sorted with keys, reduce, composition
import functools

students = [("ann", 82, 19), ("bob", 75, 22), ("cid", 91, 20), ("dee", 75, 18)]
names = list(map(lambda s: s[0].title(), students))
print(names)
passed = list(filter(lambda s: s[1] >= 80, students))
print(passed)
print(sorted(students, key=lambda s: s[1]))
print(sorted(students, key=lambda s: (-s[1], s[0])))
print(max(students, key=lambda s: s[2]), min(students, key=lambda s: s[1]))
print(functools.reduce(lambda acc, s: acc + s[1], students, 0))
print(functools.reduce(lambda a, b: a * b, range(1, 8)))
print(list(map(pow, [2, 3, 4], [3, 2, 1])))
print(list(zip(*students))[1])

def compose(*funcs):
    def composed(x):
        for f in reversed(funcs):
            x = f(x)
        return x
    return composed

inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
print(any(s[1] > 90 for s in students), all(s[2] >= 18 for s in students))

def counted(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return fn(*args, **kwargs)
    wrapper.calls = 0
    return wrapper

@counted
def square(x):
    """Square a number."""
    return x * x

print([square(i) for i in range(5)], square.calls, square.__name__, square.__doc__)
by_score = {}
for name, score, _ in students:
    by_score.setdefault(score, []).append(name)
print(sorted(by_score.items()))
