# Class decorators: register a class, add a method, count instances
registry = []


def register(cls):
    registry.append(cls.__name__)
    return cls


def add_greeting(cls):
    def greet(self):
        return f"Hello from {type(self).__name__}"
    cls.greet = greet
    return cls


def count_instances(cls):
    original_init = cls.__init__
    cls.instances = 0

    def __init__(self, *args, **kwargs):
        cls.instances += 1
        original_init(self, *args, **kwargs)

    cls.__init__ = __init__
    return cls


def with_prefix(prefix):
    def decorate(cls):
        cls.prefix = prefix
        return cls
    return decorate


@register
@add_greeting
@count_instances
@with_prefix(">>")
class Robot:
    def __init__(self, name):
        self.name = name


@register
class Plain:
    pass


r1 = Robot("R2")
r2 = Robot("C3")
print(registry)
print(r1.greet(), Robot.prefix, Robot.instances)
print(Robot.__init__.__name__, Robot.__init__.__qualname__)
print("greet" in Robot.__dict__, hasattr(Plain, "greet"))
print(type(Robot.greet).__name__, type(r1.greet).__name__)
