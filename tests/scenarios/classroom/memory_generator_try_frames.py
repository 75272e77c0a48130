# Memory lesson: a generator's size depends on the frame it keeps, try blocks included
import sys

def plain(n):
    for i in range(n):
        yield i

def guarded(n):
    for i in range(n):
        try:
            yield i
        except ValueError:
            pass

def cleaned(n):
    try:
        for i in range(n):
            yield i
    finally:
        pass

def nested_try(items):
    for item in items:
        try:
            try:
                yield item
            finally:
                pass
        except KeyError:
            yield None

def with_block(cm):
    with cm:
        yield 1

class Quiet:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return False

def simple():
    yield 1

def deep_expression(a, b, c):
    yield [a, b, c, (a, b, (c, a, [b, c]))]

def deep_in_try(a, b, c):
    try:
        yield [a, b, c, (a, b, (c, a, [b, c]))]
    except Exception:
        yield None

for label, g in [("simple", simple()), ("plain loop", plain(3)), ("try inside loop", guarded(3)),
                 ("try/finally", cleaned(3)), ("nested try", nested_try([1])),
                 ("with block", with_block(Quiet())), ("deep expression", deep_expression(1, 2, 3)),
                 ("deep in try", deep_in_try(1, 2, 3)), ("genexpr", (x for x in [])),
                 ("genexpr in try", (y for x in [[1]] for y in x))]:
    print(f"{label:<18}{sys.getsizeof(g):>5}")

g = guarded(5)
print(next(g), g.throw(ValueError), next(g), list(g))
c = cleaned(4)
print(next(c), sys.getsizeof(c))
c.close()
print(sys.getsizeof(c), list(cleaned(2)))
