# dir, vars, hasattr, getattr, setattr and delattr on a small class
class Pet:
    species = "animal"

    def __init__(self, name, age):
        self.name = name
        self.age = age

    def speak(self):
        return self.name + " makes a sound"

p = Pet("Rex", 3)
print([n for n in dir(p) if not n.startswith("__")])
print([n for n in dir(Pet) if not n.startswith("__")])
print(vars(p))
print(hasattr(p, "name"), hasattr(p, "color"), hasattr(Pet, "speak"))
print(getattr(p, "age"), getattr(p, "color", "unknown"), getattr(p, "speak")())
setattr(p, "color", "brown")
print(vars(p), p.color)
delattr(p, "color")
print(hasattr(p, "color"), sorted(vars(p)))
for attr in ["name", "age", "species"]:
    print(attr, "=", getattr(p, attr))
print("__init__" in dir(Pet), "__dict__" in dir(p), "__class__" in dir(p), len(dir(p)) - len(dir(Pet)))
try:
    getattr(p, "weight")
except AttributeError as e:
    print("AttributeError:", e)
