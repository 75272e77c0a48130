# What sys says about the machine and the interpreter
import sys

print("argv:", sys.argv)
print("script name:", sys.argv[0].endswith(".py"))
print("byteorder:", sys.byteorder)
print("platform:", sys.platform)
print("implementation:", sys.implementation.name)
print("maxsize:", sys.maxsize, sys.maxsize == 2 ** 63 - 1)
print("largest code point:", hex(sys.maxunicode))
print("sys is in sys.modules:", sys.modules["sys"] is sys)
print("the script is __main__:", sys.modules["__main__"].__name__)
print("recursion limit:", sys.getrecursionlimit())
big = 2 ** 100
print("ints keep growing:", big, sys.getsizeof(big), "bytes, maxsize takes", sys.getsizeof(sys.maxsize))
