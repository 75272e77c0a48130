# A cache that does not keep images alive: weakref.WeakValueDictionary
import gc
import sys
import weakref


class Image:
    loads = 0

    def __init__(self, name):
        Image.loads += 1
        self.name = name
        self.pixels = [0] * 1000

    def __repr__(self):
        return f"Image({self.name!r})"


_cache = weakref.WeakValueDictionary()


def load(name):
    image = _cache.get(name)
    if image is None:
        image = Image(name)
        _cache[name] = image
    return image


logo = load("logo.png")
banner = load("banner.png")
again = load("logo.png")
print("same object:", again is logo, "loads:", Image.loads)
print("cached:", sorted(_cache.keys()), "size:", len(_cache))
print("refcount of logo:", sys.getrefcount(logo), "(the cache adds none)")
print("entry type:", type(_cache.data["logo.png"]).__name__,
      sys.getsizeof(_cache.data["logo.png"]), "bytes")

del again
del logo
print("after the last reference to logo goes:", sorted(_cache.keys()))
print("'logo.png' in cache:", "logo.png" in _cache)

logo = load("logo.png")
print("loaded again, loads:", Image.loads)

del banner, logo
gc.collect()
print("all gone:", len(_cache), list(_cache.items()))

icons = [load(f"icon{i}.png") for i in range(5)]
print(len(_cache), "icons cached")
icons.pop()
icons.pop(0)
print(len(_cache), "icons after two pops:", sorted(_cache))
print(_cache.get("icon4.png", "evicted"), _cache.setdefault("icon1.png", None))
