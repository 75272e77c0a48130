# __init_subclass__ keeps a registry of every subclass as it is defined
import sys


class Plugin:
    registry = []

    def __init_subclass__(cls):
        print("registering", cls.__name__)
        Plugin.registry.append(cls)
        super().__init_subclass__()

    def run(self):
        return type(self).__name__ + " runs"


class Audio(Plugin):
    pass


class Video(Plugin):
    def run(self):
        return "video: " + super().run()


class HDVideo(Video):
    pass


print([c.__name__ for c in Plugin.registry])
for cls in Plugin.registry:
    print(cls().run())
print(type(Plugin.__dict__["__init_subclass__"]).__name__)
print(sys.getrefcount(Audio), sys.getrefcount(Video))
