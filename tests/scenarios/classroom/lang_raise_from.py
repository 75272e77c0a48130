# raise ... from: translating a low-level error into a domain error
class ConfigError(Exception):
    pass

settings = {"port": "8080", "host": "localhost"}

def get_port(config):
    try:
        return int(config["port"])
    except KeyError as e:
        raise ConfigError("no port configured") from e
    except ValueError:
        raise ConfigError("port is not a number")

print(get_port(settings))
try:
    get_port({})
except ConfigError as err:
    print("ConfigError:", err)
    print("caused by:", repr(err.__cause__))
    print("context is the cause:", err.__context__ is err.__cause__)
    print("suppress context:", err.__suppress_context__)

try:
    get_port({"port": "http"})
except ConfigError as err:
    print("ConfigError:", err)
    print("cause:", err.__cause__)
    print("implicit context:", repr(err.__context__))

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ConfigError("hidden details") from None
except ConfigError as err:
    print(err.__cause__, err.__suppress_context__, type(err.__context__).__name__)
