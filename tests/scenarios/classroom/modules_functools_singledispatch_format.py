# singledispatch: one function name, one implementation per argument type
from functools import singledispatch


@singledispatch
def show(value):
    return "something: " + repr(value)


@show.register(int)
def _(value):
    return "an int, doubled: " + str(value * 2)


@show.register(list)
def _(value):
    return "a list of " + str(len(value)) + " items: " + ", ".join(show(v) for v in value)


@show.register
def _(value: str):
    return "a string of length " + str(len(value))


print(show(21))
print(show("hello"))
print(show([1, "ab"]))
print(show(2.5))
# bool is a subclass of int: the int implementation is used
print(show(True))
print(show.dispatch(bool).__name__, show.dispatch(float) is show.__wrapped__)
print(sorted(t.__name__ for t in show.registry))
