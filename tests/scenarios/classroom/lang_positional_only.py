# Positional-only parameters (before /) and every kind together
def power(base, exponent=2, /):
    return base ** exponent

print(power(3), power(2, 10))
try:
    power(base=3)
except TypeError as e:
    print("TypeError:", e)

def everything(a, b=2, /, c=3, *args, d, e=5, **kwargs):
    return a, b, c, args, d, e, kwargs

print(everything(1, d=4))
print(everything(1, 2, 3, 4, 5, d=6, f=7))
print(everything(1, c=30, d=40, a=100))
print(everything.__defaults__, everything.__kwdefaults__)

try:
    everything(1)
except TypeError as e:
    print("TypeError:", e)

def pair(x, y):
    return x, y

try:
    pair(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    pair(1, x=2)
except TypeError as e:
    print("TypeError:", e)
try:
    pair()
except TypeError as e:
    print("TypeError:", e)
