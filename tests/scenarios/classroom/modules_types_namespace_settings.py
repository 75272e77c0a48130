# A namespace for a game's settings: attribute access without a class
import sys
from types import SimpleNamespace

settings = SimpleNamespace(width=800, height=600, title="Snake", fps=30)
print(settings)
print(settings.width * settings.height, "pixels")

settings.fps = 60
settings.sound = True
del settings.title
print(settings)
print(vars(settings))
print("has title?", hasattr(settings, "title"))

defaults = SimpleNamespace(width=800, height=600, fps=60, sound=True)
print("same as defaults?", settings == defaults)
defaults.sound = False
print("after a change:", settings == defaults, settings != defaults)

# the namespace keeps its attributes in an ordinary dict
print(type(settings.__dict__).__name__, settings.__dict__ is vars(settings))
print("namespace object:", sys.getsizeof(settings), "bytes")
print("its dict:", sys.getsizeof(settings.__dict__), "bytes")

try:
    settings.colour
except AttributeError as e:
    print("AttributeError:", e)
try:
    SimpleNamespace("not", "keywords")
except TypeError as e:
    print("TypeError:", e)
try:
    {settings: 1}
except TypeError as e:
    print("TypeError:", e)

nested = SimpleNamespace(player=SimpleNamespace(name="Ada", lives=3), level=1)
print(nested)
nested.player.lives -= 1
print(nested.player.lives, nested.player)
