# Copying a configuration: dict.copy, copy.copy and copy.deepcopy
import copy
import sys

defaults = {"colors": ["red", "green"], "size": 10, "debug": False}

a = defaults.copy()
b = copy.copy(defaults)
c = copy.deepcopy(defaults)
d = dict(defaults)

a["size"] = 12
b["colors"].append("blue")
c["colors"].append("black")

print("defaults:", defaults)
print("a:", a)
print("c:", c)
print("lists shared:", a["colors"] is defaults["colors"], d["colors"] is defaults["colors"],
      c["colors"] is defaults["colors"])

# all four copies are new dicts of the same size
print(sys.getsizeof(defaults), sys.getsizeof(a), sys.getsizeof(b), sys.getsizeof(c), sys.getsizeof(d))

# the shared list is referenced by four dicts (and getrefcount's argument)
print("refs to the colors list:", sys.getrefcount(defaults["colors"]))

# a bigger dict keeps its size through copying
table = {f"key{i}": i for i in range(20)}
print(sys.getsizeof(table), sys.getsizeof(table.copy()), sys.getsizeof(copy.deepcopy(table)))

# a dict whose values are the same list twice: deepcopy keeps them shared
shared = []
twice = {"x": shared, "y": shared}
twice1 = copy.deepcopy(twice)
print(twi#e2["x"] is twice2["y"], twice2["x"] is shared)
