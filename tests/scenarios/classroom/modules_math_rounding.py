# floor, ceil, trunc and round on positive and negative numbers: they
# differ only below zero, and all but round return ints.
import math

print(f"{'x':>6} {'floor':>6} {'ceil':>6} {'trunc':>6} {'round':>6} {'int':>6}")
for x in [2.5, 2.4, 2.6, -2.5, -2.4, -2.6, 3.0, -0.5, 0.5, 7]:
    print(f"{x:>6} {math.floor(x):>6} {math.ceil(x):>6} {math.trunc(x):>6} "
          f"{round(x):>6} {int(x):>6}")

print(type(math.floor(2.7)), type(math.ceil(2.1)), type(math.trunc(-2.1)))

# splitting a float: modf keeps the sign on both parts
print(math.modf(3.75), math.modf(-3.75))
print(math.frexp(12.0), math.ldexp(0.75, 4))

# pages needed for 47 items, 10 per page
items, per_page = 47, 10
print("pages:", math.ceil(items / per_page), " floor division:", -(-items // per_page))

# big floats make big ints
print(math.floor(1e20), math.ceil(-1e20))
print(math.floor(2 ** 70 + 0.5))

for bad in [math.inf, math.nan]:
    try:
        math.floor(bad)
    except (OverflowError, ValueError) as err:
        print(type(err).__name__ + ":", err)
try:
    math.ceil("3.5")
except TypeError as err:
    print("TypeError:", err)
