# Closures: late binding in loops, default-argument fix, cells and __closure__
import sys

funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
fixed = [lambda i=i: i for i in range(3)]
print([f() for f in fixed])

def make_multiplier(factor):
    def multiply(x):
        return x * factor
    return multiply

double, triple = make_multiplier(2), make_multiplier(3)
print(double(5), triple(5))
print(double.__closure__[0].cell_contents, len(double.__closure__))

def make_counter():
    count = 0
    def increment():
        nonlocal count
        count += 1
        return count
    return increment

c1, c2 = make_counter(), make_counter()
print(c1(), c1(), c1(), c2())
print(type(c1.__closure__[0]).__name__)

def make_accounts():
    balance = [100]
    def deposit(n):
        balance[0] += n
        return balance[0]
    def withdraw(n):
        balance[0] -= n
        return balance[0]
    return deposit, withdraw

dep, wd = make_accounts()
print(dep(50), wd(30))
print(dep.__closure__[0] is wd.__closure__[0])
big = list(range(1000))
def keeper():
    return len(big)
print(keeper(), sys.getrefcount(big) - 1)
def make_holder(data):
    return lambda: data
h = make_holder(big)
print(sys.getrefcount(big) - 1)
del h
print(sys.getrefcount(big) - 1)
