# Reference counts while calling functions, returning, and storing in frames
import sys
class Box:
    pass
b = Box()
def one(x):
    return sys.getrefcount(x)
def two(x):
    y = x
    return sys.getrefcount(x)
def nested(x):
    return one(x)
def default(x=b):
    return sys.getrefcount(x)
print(sys.getrefcount(b), one(b), two(b), nested(b))
print(default(), sys.getrefcount(b))
def keep(x, store=[]):
    store.append(x)
    return len(store)
keep(b); keep(b)
print(sys.getrefcount(b))
lam = lambda: b
print(sys.getrefcount(b))
def closure():
    inner = b
    def f():
        return inner
    return f
c = closure()
print(sys.getrefcount(b), c() is b)
del c
print(sys.getrefcount(b))
def args_star(*args):
    return sys.getrefcount(args[0])
def kwargs_star(**kw):
    return sys.getrefcount(kw["k"])
print(args_star(b), kwargs_star(k=b), args_star(*[b]))
it = [b, b, b]
print(sys.getrefcount(b))
for item in it:
    pass
print(sys.getrefcount(b))
del item
print(sys.getrefcount(b))
res = [sys.getrefcount(b) for _ in range(2)]
print(res)
print(sys.getrefcount(None) > 100, sys.getrefcount(1) > 10, sys.getrefcount(Box))
def gen(x):
    yield sys.getrefcount(x)
g = gen(b)
print(sys.getrefcount(b), next(g), sys.getrefcount(b))
del g
print(sys.getrefcount(b))
