# namedtuple options: defaults, field names given as a string, rename
from collections import namedtuple
import sys

Config = namedtuple("Config", "host port debug", defaults=["localhost", 8080, False])
print(Config())
print(Config("example.org"))
print(Config(port=9000, debug=True))
print(Config._field_defaults)

Color = namedtuple("Color", "red, green, blue", defaults=[0])
print(Color(255, 128), Color._fields)

Row = namedtuple("Row", ["id", "class", "id", "_x"], rename=True)
print(Row._fields)

for bad in ["1st", "def", "_private"]:
    try:
        namedtuple("Bad", ["ok", bad])
    except ValueError as e:
        print("ValueError:", e)
try:
    namedtuple("Dup", "a b a")
except ValueError as e:
    print("ValueError:", e)

# same fields, same size: the names live in the class, not the instances
c = Config()
print(sys.getsizeof(c), sys.getsizeof(("localhost", 8080, False)))
print(type(c).__mro__)
print(Config.__name__, Config.host.__doc__)
