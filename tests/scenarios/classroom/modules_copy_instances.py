# Copying objects: the attributes are shared or copied
import copy
import sys

class Player:
    def __init__(self, name, level):
        self.name = name
        self.level = level
        self.inventory = ["sword"]

hero = Player("Ada", 3)
twin = copy.copy(hero)
clone = copy.deepcopy(hero)

print(type(twin).__name__, twin.name, twin.level, twin.inventory)
print("twin is hero:", twin is hero)
print("inventory shared by twin:", twin.inventory is hero.inventory)
print("inventory shared by clone:", clone.inventory is hero.inventory)

hero.inventory.append("shield")
twin.level = 10
print("hero:", hero.level, hero.inventory)
print("twin:", twin.level, twin.inventory)
print("clone:", clone.level, clone.inventory)

# the name string is shared by all three: strings are immutable
print("name shared:", hero.name is twin.name is clone.name)

# the copies are ordinary instances with their own __dict__
print(vars(twin) == vars(hero), vars(twin) is vars(hero))
print(sys.getsizeof(hero), sys.getsizeof(twin), sys.getsizeof(clone))
print(sys.getsizeof(vars(hero)), sys.getsizeof(vars(twin)), sys.getsizeof(vars(clone)))

# a class with __slots__ is copied slot by slot
class Vec:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

v = Vec([1], 2)
w = copy.copy(v)
u = copy.deepcopy(v)
print(w.x is v.x, u.x is v.x, u.x, hasattr(u, "__dict__"))
print(sys.getsizeof(v), sys.getsizeof(u))
print(sys.getrefcount(v.x))
