# Layered settings with ChainMap: command line over environment over defaults
from collections import ChainMap

defaults = {"theme": "light", "font": "serif", "size": 12}
environment = {"theme": "dark"}
command_line = {"size": 14}

settings = ChainMap(command_line, environment, defaults)
print(settings["theme"], settings["font"], settings["size"])
print(len(settings), sorted(settings))
print(dict(settings))

# writes go to the first mapping only
settings["font"] = "mono"
print(command_line, defaults["font"])
del settings["font"]
print(settings["font"])
try:
    del settings["theme"]          # not in the first mapping
except KeyError as e:
    print("KeyError:", e)

# the maps are shared, not copied
environment["size"] = 99
print(settings["size"], settings.maps[1])

print(settings)
print("missing" in settings, settings.get("missing", "-"))
plain = {**defaults, **environment, **command_line}
print(plain == dict(settings))
