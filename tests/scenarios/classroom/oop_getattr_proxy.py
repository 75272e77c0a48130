# __getattr__ / __setattr__ / __delattr__: a logging proxy and a config object
class LoggingProxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_log", [])

    def __getattr__(self, name):
        self._log.append(f"get {name}")
        return getattr(self._target, name)

    def __setattr__(self, name, value):
        self._log.append(f"set {name}={value!r}")
        setattr(self._target, name, value)

    def __delattr__(self, name):
        self._log.append(f"del {name}")
        delattr(self._target, name)


class Config:
    def __init__(self, **values):
        self.__dict__["_values"] = dict(values)

    def __getattr__(self, name):
        try:
            return self._values[name]
        except KeyError:
            raise AttributeError(f"no setting {name!r}") from None

    def __setattr__(self, name, value):
        if name.startswith("_"):
            raise AttributeError(f"{name} is private")
        self._values[name] = value


class Box:
    pass


box = Box()
proxy = LoggingProxy(box)
proxy.width = 10
proxy.height = 4
print(proxy.width * proxy.height)
del proxy.height
print(hasattr(proxy, "height"))
print(proxy._log)
print(vars(box))

cfg = Config(debug=True, level=3)
cfg.level += 1
print(cfg.debug, cfg.level)
try:
    cfg.missing
except AttributeError as e:
    print("AttributeError:", e, e.__suppress_context__)
try:
    cfg._secret = 1
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(cfg, "colour", "none"), sorted(cfg._values))
