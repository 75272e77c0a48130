# An error raised while handling another one: both tracebacks are printed
def load(settings, key):
    try:
        return settings[key]
    except KeyError:
        return int(settings["default"])

print(load({"size": 3}, "size"))
print(load({"default": ")):
}, "size"))
