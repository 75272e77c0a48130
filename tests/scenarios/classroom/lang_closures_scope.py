# Closures and scope: LEGB, global, nonlocal, late binding in loops
x = "global x"

def outer():
    x = "enclosing x"
    def inner():
        return x
    return inner()

print(outer(), x)

def make_counter():
    count = 0
    def increment(step=1):
        nonlocal count
        count += step
        return count
    return increment

c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(5), c2(), c1.__closure__[0].cell_contents)
print(c1.__code__.co_freevars, make_counter.__code__.co_cellvars)

total = 0
def add_to_total(n):
    global total
    total += n
add_to_total(3)
add_to_total(4)
print(total)

funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])

def multiplier(n):
    return lambda x: x * n
double, triple = multiplier(2), multiplier(3)
print(double(5), triple(5), [m(10) for m in map(multiplier, range(4))])

def make_accounts():
    balance = {"value": 0}
    def deposit(amount):
        balance["value"] += amount
        return balance["value"]
    def withdraw(amount):
        balance["value"] -= amount
        return balance["value"]
    return deposit, withdraw
dep, wd = make_accounts()
print(dep(100), wd(30), dep(5))
print(len([name for name in dir() if not name.startswith("_")]) > 5, "x" in globals(), "count" in locals())
def shadow():
    len = 5
    return len
print(shadow(), len("abc"))
y = 1
def read_then_local():
    try:
        print(y)
        y = 2
    except UnboundLocalError as err:
        print("UnboundLocalError:", err)
read_then_local()
def fn_attrs():
    fn_attrs.calls = getattr(fn_attrs, "calls", 0) + 1
    return fn_attrs.calls
print(fn_attrs(), fn_attrs(), fn_attrs.calls)
