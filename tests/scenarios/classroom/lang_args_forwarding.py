# *args collects extra positional arguments in a tuple; f(*seq) spreads them
import sys

def total(*numbers):
    print("numbers =", numbers, "type:", type(numbers).__name__)
    return sum(numbers)

print(total())
print(total(1, 2, 3))
values = [10, 20, 30]
print(total(*values))
print(total(1, *values, 2))

def forward(*args, **kwargs):
    return show(*args, **kwargs)

def show(a, b=0, *, c=0):
    return (a, b, c)

print(forward(1))
print(forward(1, 2, c=3))
print(forward(*(4, 5), **{"c": 6}))

word = "memory"
def count_refs(*args, **kwargs):
    return sys.getrefcount(word)

print("base:", sys.getrefcount(word))
print("as positional:", count_refs(word))
print("as keyword:", count_refs(key=word))
print("spread from a list:", count_refs(*[word]))
print("spread from a dict:", count_refs(**{"key": word}))

def sizes(*args):
    return sys.getsizeof(args)

print(sizes(1), sizes(1, 2), sizes(*range(5)))
