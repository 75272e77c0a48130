# Checking the Python version before using a newer feature
import sys

print(sys.version_info)
print("major.minor:", sys.version_info[:2], sys.version_info.major, sys.version_info.minor)
print("release:", sys.version_info.releaselevel, sys.version_info.serial)

if sys.version_info >= (3, 10):
    def describe(value):
        match value:
            case int():
                return "an int"
            case _:
                return "something else"
    print("match statements available:", describe(3))
else:
    print("no match statement here")

print("at least 3.8:", sys.version_info >= (3, 8))
print("older than 4:", sys.version_info < (4,))
major, minor, micro, level, serial = sys.version_info
print(f"Python {major}.{minor}")
print("a tuple:", isinstance(sys.version_info, tuple), len(sys.version_info))
print("version string starts with it:", sys.version.startswith(f"{major}.{minor}."))
print("hexversion agrees:", sys.hexversion >> 24 == major, (sys.hexversion >> 16) & 0xff == minor)
try:
    sys.version_info.major = 4
except AttributeError as e:
    print("AttributeError:", e)
