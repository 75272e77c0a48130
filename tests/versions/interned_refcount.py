# An interned string's reference count: immortal in 3.12 alone.
import sys

greeting = "hello"
print(sys.getrefcount(greeting))
other = greeting
print(sys.getrefcount(greeting))
print(sys.getrefcount(7) == sys.getrefcount(7))
