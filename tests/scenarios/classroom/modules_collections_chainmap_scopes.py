# Nested scopes with ChainMap.new_child, as an interpreter looks names up
from collections import ChainMap

builtins_scope = {"len": "builtin len", "print": "builtin print"}
globals_scope = ChainMap({"x": 1, "y": 2}, builtins_scope)

local = globals_scope.new_child({"x": 10})
print(local["x"], local["y"], local["len"])
inner = local.new_child()
inner["z"] = 3
print(inner["z"], inner["x"], inner.maps[0], len(inner.maps))

print(inner.parents["x"], inner.parents.parents["x"])
print("z" in local, "z" in inner)

inner["x"] = 100                 # shadows, does not change the outer scope
print(inner["x"], local["x"], globals_scope["x"])

snapshot = inner.copy()
snapshot["z"] = -1
print(inner["z"], snapshot["z"])
print(sorted(inner.keys()))
print(sorted(inner.items()))
print(inner)
