# __getattr__ as a fallback, __getattribute__ logging every lookup
class Config:
    def __init__(self, **values):
        self._values = values

    def __getattr__(self, name):
        print(f"  __getattr__({name!r})")
        try:
            return self._values[name]
        except KeyError:
            raise AttributeError(f"no setting {name!r}") from None


cfg = Config(debug=True, level=3)
print(cfg.debug, cfg.level)
print(cfg._values)
print(getattr(cfg, "missing", "default"))
print(hasattr(cfg, "level"), hasattr(cfg, "nope"))
try:
    cfg.nope
except AttributeError as e:
    print("AttributeError:", e)


class Logged:
    def __init__(self):
        self.x = 1

    def __getattribute__(self, name):
        if not name.startswith("__"):
            print(f"  lookup {name}")
        return super().__getattribute__(name)

    def double(self):
        return self.x * 2


obj = Logged()
print(obj.x)
print(obj.double())
try:
    obj.y
except AttributeError as e:
    print("AttributeError:", e)


class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)

    def __getattr__(self, name):
        return getattr(self._target, name)

    def __setattr__(self, name, value):
        print(f"  set {name} = {value!r} on the target")
        setattr(self._target, name, value)


class Box:
    pass


b = Box()
p = Proxy(b)
p.size = 3
print(b.size, p.size, sorted(vars(p)), vars(b), vars(p)["_target"] is b)
