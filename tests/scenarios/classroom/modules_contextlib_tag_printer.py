# A context manager made from a generator: HTML-like tags
from contextlib import contextmanager

@contextmanager
def tag(name, indent=0):
    pad = "  " * indent
    print(f"{pad}<{name}>")
    yield name
    print(f"{pad}</{name}>")

with tag("html"):
    with tag("body", 1):
        with tag("p", 2) as t:
            print("      hello from", t)

# the code after yield runs when the block ends
with tag("ul") as outer:
    for item in ["tea", "milk"]:
        with tag("li", 1):
            print("    " + item)
print("outer was", outer)

# a manager made by @contextmanager can decorate a function too
@tag("section")
def greet(who):
    print("  hello,", who)
    return len(who)

print(greet("world"))
print(greet("Ada"))
print(greet.__name__)

# the function returns a new manager at each call
m1, m2 = tag("a"), tag("a")
print(m1 is m2, type(m1).__name__)

# the manager keeps the generator and, until it is entered, the
# arguments (to make a new one when it decorates a function)
import sys
m = tag("div")
print(sorted(vars(m)), sys.getsizeof(m))
print(type(m.gen).__name__, m.args)
with m:
    print("  entered: the arguments are dropped", sorted(vars(m)))
