# File permissions as a Flag: members combine with | and test with in
from enum import Flag, auto
import sys

class Perm(Flag):
    READ = 4
    WRITE = 2
    EXECUTE = 1

owner = Perm.READ | Perm.WRITE | Perm.EXECUTE
group = Perm.READ | Perm.EXECUTE
other = Perm.READ

for who, perm in [("owner", owner), ("group", group), ("other", other)]:
    flags = "".join(c if p in perm else "-" for c, p in zip("rwx", Perm))
    print(f"{who:5} {flags} value={perm.value} {perm}")

print(repr(group), len(group), list(group))
print(Perm.WRITE in group, Perm.READ in group)
print(~Perm.WRITE, Perm(0), bool(Perm(0)))

# a combination is made once, then found again by its value
rx = Perm.READ | Perm.EXECUTE
print(rx is group, Perm(5) is group)
print(sys.getrefcount(group))

class Topping(Flag):
    CHEESE = auto()
    TOMATO = auto()
    BASIL = auto()
    MARGHERITA = 7

print([(t.name, t.value) for t in Topping])
print(Topping.MARGHERITA, list(Topping.MARGHERITA))
order = Topping.CHEESE | Topping.TOMATO
print(order, Topping.BASIL in order)
order |= Topping.BASIL
print(order is Topping.MARGHERITA)

try:
    Perm(8)
except ValueError as e:
    print("ValueError:", str(e).splitlines()[0])
