# __init_subclass__: a plugin registry filled when classes are defined
class Plugin:
    registry = {}

    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        key = name or cls.__name__.lower()
        print(f"registering {cls.__name__} as {key!r}")
        Plugin.registry[key] = cls

    def run(self, text):
        raise NotImplementedError


class Upper(Plugin):
    def run(self, text):
        return text.upper()


class Reverse(Plugin, name="rev"):
    def run(self, text):
        return text[::-1]


class Shout(Upper):
    def run(self, text):
        return super().run(text) + "!"


print(sorted(Plugin.registry))
for key in sorted(Plugin.registry):
    plugin = Plugin.registry[key]()
    print(key, "->", plugin.run("hello"))
try:
    Plugin().run("x")
except NotImplementedError as e:
    print("NotImplementedError", repr(e))
try:
    class Broken(Plugin, colour="red"):
        pass
except TypeError as e:
    print("TypeError:", e)
print("broken" in Plugin.registry)
