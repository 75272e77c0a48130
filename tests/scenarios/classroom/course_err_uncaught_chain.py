# An error while handling an error: both tracebacks, and the exit status
def load_config(settings):
    try:
        return settings["port"]
    except KeyError:
        print("no port given, using default from", settings["defaults"])
        return 8080

print(load_config({"port": 80}))
print(load_config({"defaults": "env", "x": 1}))
print(load_config({}))
