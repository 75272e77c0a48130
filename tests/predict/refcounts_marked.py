# Reference counts: every name, container slot and argument is one reference.
import sys

data = [1, 2, 3]
print("one name:", sys.getrefcount(data))       # the name + getrefcount's own argument

alias = data  # ask
print("two names:", sys.getrefcount(data))  # ask

box = [data, data]
print("twice in a list:", sys.getrefcount(data))

del alias  # ask
box.clear()
print("back to one name:", sys.getrefcount(data))
