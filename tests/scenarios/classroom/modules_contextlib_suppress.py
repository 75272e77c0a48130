# Ignoring expected errors with contextlib.suppress
from contextlib import suppress

stock = {"apples": 3, "pears": 0}

# the long way
try:
    del stock["bananas"]
except KeyError:
    pass

# the same with suppress
with suppress(KeyError):
    del stock["bananas"]
    print("not reached")
print("still running", stock)

# several exception types, and their subclasses
with suppress(ZeroDivisionError, ValueError):
    ratio = stock["apples"] / stock["pears"]
with suppress(LookupError):
    [][5]
print("both suppressed")

# the rest of the block is skipped, not the code after it
results = []
for text in ["10", "x", "30"]:
    with suppress(ValueError):
        results.append(int(text))
        print("converted", text)
print(results)

# other exceptions go through
try:
    with suppress(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print("not suppressed:", e)

# a suppress object can be used more than once
quiet = suppress(IndexError)
for i in range(3):
    with quiet:
        print([10, 20][i])
print(type(quiet).__name__)
