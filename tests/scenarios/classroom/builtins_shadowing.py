# Shadowing a builtin: a global name hides the builtin until it is deleted
import sys

print(list("abc"), sum([1, 2, 3]))
list = [10, 20, 30]          # the classic mistake: 'list' now names this list
try:
    list("xyz")
except TypeError as exc:
    print("TypeError:", exc)
del list                     # the builtin shows through again
print(list("xyz"))

def open(door):              # our own open(): allowed, it is just a function
    return f"{door} is open"

print(open("the front door"))

def total(values, sum=0):    # a parameter may shadow a builtin too
    for v in values:
        sum += v
    return sum

print(total([4, 5, 6]), sum([4, 5, 6]))

class Door:
    def open(self):
        return "creak"

print(Door().open(), open.__name__, callable(open))
print("len" in dir(__builtins__), sys.getrefcount(open) >= 2)
