# Chained exceptions: raise ... from keeps the original cause
class ConfigError(Exception):
    pass


def parse_port(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError(f"bad port {text!r}") from e


def lookup(settings, key):
    try:
        return settings[key]
    except KeyError:
        raise ConfigError(f"missing {key}") from None


for text in ["8080", "http"]:
    try:
        print("port", parse_port(text))
    except ConfigError as e:
        print("ConfigError:", e)
        print("  caused by:", type(e.__cause__).__name__, e.__cause__)

try:
    lookup({}, "host")
except ConfigError as e:
    print("ConfigError:", e, "| cause:", e.__cause__, "| suppressed:", e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        [][0]
except IndexError as e:
    print("IndexError:", e, "| context:", type(e.__context__).__name__)
