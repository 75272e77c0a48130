# __getattr__ runs only when normal lookup fails; __setattr__ sees every assignment
class Config:
    def __init__(self):
        self.loaded = True

    def __getattr__(self, name):
        return "<no " + name + ">"


c = Config()
print(c.loaded, c.colour, c.size)
print(hasattr(c, "anything"))


class Logged:
    def __init__(self, x):
        self.x = x

    def __setattr__(self, name, value):
        print("set", name, "=", value)
        super().__setattr__(name, value)

    def __delattr__(self, name):
        print("del", name)
        object.__delattr__(self, name)


p = Logged(1)
p.y = 2
p.x += 10
print(p.__dict__)
del p.y
print(p.__dict__)


class Upper:
    def __init__(self, word):
        self.word = word

    def __getattribute__(self, name):
        value = object.__getattribute__(self, name)
        if isinstance(value, str):
            return value.upper()
        return value


u = Upper("hello")
print(u.word)
try:
    u.missing
except AttributeError as e:
    print("AttributeError:", e)
