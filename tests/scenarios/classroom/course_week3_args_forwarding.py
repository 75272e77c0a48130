# Week 3: functions - defaults, *args, **kwargs and forwarding them
def greet(name, greeting="Hello", punctuation="!"):
    return f"{greeting}, {name}{punctuation}"

print(greet("Ada"))
print(greet("Grace", "Hi"))
print(greet("Linus", punctuation="?"))
print(greet(greeting="Hey", name="Guido"))

def total(*numbers):
    print("numbers is a", type(numbers).__name__, "of length", len(numbers))
    return sum(numbers)

print(total())
print(total(1, 2, 3))
values = [10, 20, 30, 40]
print(total(*values))

def describe(**info):
    for key, value in info.items():
        print(f"  {key:>8}: {value!r}")

describe(name="Ada", born=1815, languages=["analytical engine"])

def everything(a, b=2, *args, c, d=4, **kwargs):
    print(f"a={a} b={b} args={args} c={c} d={d} kwargs={kwargs}")

everything(1, c=3)
everything(1, 5, 6, 7, c=8, e=9, f=10)
opts = {"c": 30, "z": 26}
everything(*[1, 2, 3], **opts)

def log_call(func, *args, **kwargs):
    arg_text = ", ".join([repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()])
    print(f"calling {func.__name__}({arg_text})")
    result = func(*args, **kwargs)
    print(f"  -> {result!r}")
    return result

log_call(greet, "Margaret", greeting="Welcome")
log_call(max, 3, 9, 4)
log_call(sorted, ["pear", "fig", "apple"], key=len, reverse=True)
log_call(dict, [("a", 1)], b=2)

def keyword_only(*, verbose=False):
    return "loud" if verbose else "quiet"

print(keyword_only(), keyword_only(verbose=True))
try:
    keyword_only(True)
except TypeError as e:
    print("TypeError:", e)

def positional_only(x, y, /):
    return x - y

print(positional_only(10, 3))
try:
    positional_only(x=10, y=3)
except TypeError as e:
    print("TypeError:", e)

try:
    greet()
except TypeError as e:
    print("TypeError:", e)
try:
    greet("a", "b", "c", "d")
except TypeError as e:
    print("TypeError:", e)
try:
    greet("a", nme="b")
except TypeError as e:
    print("TypeError:", e)
try:
    greet("a", name="b")
except TypeError as e:
    print("TypeError:", e)

print(greet.__defaults__)
print(everything.__kwdefaults__)
print(everything.__code__.co_argcount, everything.__code__.co_kwonlyargcount)
