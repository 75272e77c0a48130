# A metaclass's __prepare__ namespace sees every name the class body sets
class Logged(dict):
    def __setitem__(self, key, value):
        if not key.startswith("__"):
            print("set", key, "=", value if not callable(value) else value.__qualname__)
        super().__setitem__(key, value)
    def __missing__(self, key):
        raise KeyError(key)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Logged()
class A(metaclass=Meta):
    x = 1
    y = x + 1
    def m(self): return self.y
    del x
print(A().m(), hasattr(A, "x"))
