# Turning a low-level error into a meaningful one with raise ... from
class ConfigError(Exception):
    pass

def port_of(config):
    try:
        return int(config["port"])
    except (KeyError, ValueError) as e:
        raise ConfigError("the port setting is missing or invalid") from e

print(port_of({"port": "8080"}))
print(port_of({"port": "eighty"}))
