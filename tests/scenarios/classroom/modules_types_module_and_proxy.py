# Modules are objects too; and a read-only view of a dict
import sys
import types

plugin = types.ModuleType("plugin", "A module made while the program runs.")
print(plugin)
print(plugin.__name__, plugin.__doc__)
plugin.version = 3
plugin.hello = lambda: "hello from the plugin"
print(plugin.version, plugin.hello())
print(sorted(k for k in vars(plugin) if not k.startswith('__')))
print("a module object:", sys.getsizeof(plugin), "bytes")
try:
    plugin.missing
except AttributeError as e:
    print("AttributeError:", e)

config = {'debug': False, 'level': 2}
view = types.MappingProxyType(config)
print(view['level'], len(view), 'debug' in view)
try:
    view['level'] = 5
except TypeError as e:
    print("TypeError:", e)
config['level'] = 7
print("the view follows the dict:", view['level'])
print(dict(view))
print(type(view).__name__, isinstance(view, types.MappingProxyType))
print(type(int.__dict__) is types.MappingProxyType)
