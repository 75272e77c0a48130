# operator.methodcaller: call the same method on every item
from operator import methodcaller

raw = ["  Alice ", "BOB", " carol  "]
strip = methodcaller("strip")
title = methodcaller("title")
print([title(strip(name)) for name in raw])

# with arguments, frozen at creation
pad = methodcaller("rjust", 8, ".")
print(list(map(pad, ["a", "bb", "ccc"])))

split_once = methodcaller("split", ",", maxsplit=1)
print(split_once("red,green,blue"))
print(split_once)

# the method is looked up on each object when called
counts = methodcaller("count", "a")
print(counts("banana"), counts(["a", "b", "a"]), counts(("a",)))

try:
    methodcaller("nope")(42)
except AttributeError as err:
    print("AttributeError:", err)
