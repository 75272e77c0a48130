# What a match statement holds on to: the subject while patterns and guards
# run, the captured names afterwards
import sys


def show(label, obj):
    # one reference is the argument of getrefcount, one is our parameter
    print(label, sys.getrefcount(obj) - 1)


data = [10, 20, 30]
show("before match:", data)
match data:
    case [a, b] if show("guard of case 1:", data):
        pass
    case [first, *rest] if show("guard of case 2:", data) is None:
        show("body of case 2:", data)
        print(first, rest, type(rest).__name__)
show("after match:", data)

# the captured name is just one more reference to the same object
inner = ["inner"]
outer = (inner, 1)
show("inner before:", inner)
match outer:
    case (x, 1):
        show("inner captured:", inner)
        print(x is inner)
del x
show("inner after del x:", inner)

# a *rest capture builds a new list, a plain sequence pattern does not
match data:
    case [p, q, r]:
        print(sys.getrefcount(data), p is data[0])
    case _:
        pass
match data:
    case [*everything]:
        print(everything == data, everything is data, sys.getrefcount(everything))

# a temporary subject lives only as long as the match needs it
match [1, 2, 3]:
    case [one, *more]:
        print(one, more, sys.getrefcount(more))
