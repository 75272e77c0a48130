# What kind of object is this? The types module names the built-in kinds
import types


def greet(name):
    return "hello " + name


def countdown(n):
    while n > 0:
        yield n
        n -= 1


class Robot:
    def beep(self):
        return "beep"


square = lambda x: x * x
things = [greet, square, countdown(3), Robot().beep, len, types, None, Robot, 42]

for thing in things:
    if isinstance(thing, types.GeneratorType):
        kind = "generator"
    elif isinstance(thing, types.MethodType):
        kind = "bound method"
    elif isinstance(thing, types.FunctionType):
        kind = "function"
    elif isinstance(thing, types.BuiltinFunctionType):
        kind = "built-in function"
    elif isinstance(thing, types.ModuleType):
        kind = "module"
    elif isinstance(thing, types.NoneType):
        kind = "None"
    elif isinstance(thing, type):
        kind = "class"
    else:
        kind = type(thing).__name__
    print(f"{kind:18} {type(thing).__name__}")

print(types.LambdaType is types.FunctionType)
print(types.FunctionType, types.GeneratorType, types.MethodType)
print(types.BuiltinFunctionType, types.ModuleType, types.NoneType)
print(types.CodeType, types.CellType, types.MappingProxyType)
gen = countdown(2)
print(list(gen), isinstance(gen, types.GeneratorType))
method = Robot().beep
print(method.__func__ is Robot.beep, type(method.__self__).__name__)
print(isinstance(greet.__code__, types.CodeType))
