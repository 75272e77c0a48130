# functools.partial freezes some arguments of a function
from functools import partial
import sys


def power(base, exponent):
    return base ** exponent


square = partial(power, exponent=2)
cube = partial(power, exponent=3)
powers_of_two = partial(power, 2)

print([square(n) for n in range(1, 6)])
print([cube(n) for n in range(1, 6)])
print([powers_of_two(n) for n in range(1, 6)])

# a partial object remembers what it froze
print(square.func is power, square.args, square.keywords)
print(powers_of_two.func.__name__, powers_of_two.args, powers_of_two.keywords)

# keywords can still be overridden at the call
print(square(3, exponent=4))

# it is an object of its own, holding references to the function and
# to the frozen values
print(type(square).__name__, sys.getsizeof(square))
big = 10 ** 20
print("refs to big:", sys.getrefcount(big))
p = partial(power, big)
print("refs to big with a partial:", sys.getrefcount(big))
del p
print("after del:", sys.getrefcount(big))

# a partial of a partial is flattened into one
add3 = partial(lambda a, b, c: a + b + c, 1)
add3b = partial(add3, 2)
print(add3b(3), add3b.args)

# partial with print: a custom separator
shout = partial(print, sep=" ! ", end=" !!\n")
shout("hello", "world")
