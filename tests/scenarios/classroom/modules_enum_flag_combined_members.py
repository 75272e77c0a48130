# Permissions as an enum.Flag with a combined member (ALL = READ | WRITE | EXECUTE)
import sys
from enum import Flag, auto

class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXECUTE = auto()
    ALL = READ | WRITE | EXECUTE

print(list(Perm))
print(Perm.READ.value, Perm.WRITE.value, Perm.EXECUTE.value, Perm.ALL.value)

owner = Perm.READ | Perm.WRITE
print(owner, repr(owner))
print("can read:", Perm.READ in owner, "can execute:", Perm.EXECUTE in owner)
print("add execute:", owner | Perm.EXECUTE, (owner | Perm.EXECUTE) == Perm.ALL)
print("remove write:", owner & ~Perm.WRITE)
print("toggle read:", owner ^ Perm.READ)
print("nothing:", Perm(0), bool(Perm(0)), bool(owner))
print("from a number:", Perm(5), Perm(7) is Perm.ALL)

# the combination is made once and then kept: the same object each time
a = Perm.READ | Perm.EXECUTE
b = Perm.EXECUTE | Perm.READ
print("same object:", a is b, type(a).__name__, isinstance(a, Perm))
print([p.name for p in a])
print(sys.getsizeof(Perm.READ) == sys.getsizeof(Perm.WRITE))

try:
    Perm(8)
except ValueError as exc:
    print("ValueError:", exc)
