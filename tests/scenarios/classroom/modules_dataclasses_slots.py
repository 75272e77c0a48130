# Memory of dataclass instances: a __dict__ each, or __slots__
from dataclasses import dataclass
import sys

@dataclass
class Reading:
    sensor: str
    value: float

@dataclass(slots=True)
class SlimReading:
    sensor: str
    value: float

r = Reading("t1", 21.5)
s = SlimReading("t1", 21.5)
print(r, s, r.sensor == s.sensor)
print("slots:", SlimReading.__slots__)
print("has __dict__:", hasattr(r, "__dict__"), hasattr(s, "__dict__"))

# the instance, plus its dict for the ordinary one
print("Reading:", sys.getsizeof(r), "+", sys.getsizeof(r.__dict__))
print("SlimReading:", sys.getsizeof(s))

# a slotted instance cannot grow new attributes
try:
    s.unit = "C"
except AttributeError as e:
    print("AttributeError:", e)
r.unit = "C"
print(vars(r))

# a thousand of each
readings = [Reading("t", float(i)) for i in range(1000)]
slim = [SlimReading("t", float(i)) for i in range(1000)]
per_dict = sys.getsizeof(readings[0]) + sys.getsizeof(readings[0].__dict__)
per_slot = sys.getsizeof(slim[0])
print("per object:", per_dict, "vs", per_slot)
print("the same string everywhere:", readings[0].sensor is slim[999].sensor)
print(sys.getsizeof(Reading), sys.getsizeof(SlimReading))
