# A WeakValueDictionary caches objects only while something else still uses them.
import gc
import weakref

class Image:
    def __init__(self, name):
        self.name = name
        self.pixels = bytearray(64)

    def __repr__(self):
        return f"Image({self.name!r})"

cache = weakref.WeakValueDictionary()

def load(name):
    image = cache.get(name)
    if image is None:
        print("loading", name)
        image = Image(name)
        cache[name] = image
    return image

logo = load("logo")
icon = load("icon")
again = load("logo")
print("same object:", again is logo)
print("cached:", sorted(cache.keys()))

del icon
print("after del icon:", sorted(cache.keys()))

del logo, again
gc.collect()
print("after del logo:", sorted(cache.keys()))
load("logo")
