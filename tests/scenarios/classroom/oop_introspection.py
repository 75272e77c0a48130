# Introspection: vars, dir, getattr, setattr, hasattr, delattr, __class__
class Robot:
    """A robot with a name."""
    legs = 2

    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"I am {self.name}"


r = Robot("Robbie")
print(vars(r), r.__dict__ is vars(r))
print([n for n in dir(r) if not n.startswith("__")])
print(getattr(r, "name"), getattr(r, "legs"), getattr(r, "arms", 0))
setattr(r, "arms", 4)
print(hasattr(r, "arms"), r.arms, vars(r))
delattr(r, "arms")
print(hasattr(r, "arms"))
try:
    delattr(r, "arms")
except AttributeError as e:
    print("AttributeError:", e)
method = getattr(r, "speak")
print(method(), method.__self__ is r, method.__func__ is Robot.speak)
print(r.__class__, r.__class__.__name__, type(r) is Robot.__class__ or type(r) is Robot)
print(Robot.__doc__, Robot.__name__, Robot.__qualname__, Robot.__module__)
print(type(Robot), type(type), isinstance(Robot, type))
for attr in ("name", "legs", "speak", "__init__"):
    print(attr, attr in vars(r), attr in vars(Robot))
print(callable(getattr(r, "speak")), callable(getattr(r, "name")))
r.__class__ = type("Cyborg", (Robot,), {"speak": lambda self: "beep"})
print(r.speak(), type(r).__name__, isinstance(r, Robot))
print(sorted(vars(Robot).keys())[:4])
