# A registry of live instances with weakref.WeakSet
import gc
import weakref


class Sprite:
    registry = weakref.WeakSet()

    def __init__(self, name):
        self.name = name
        Sprite.registry.add(self)

    @classmethod
    def alive(cls):
        return sorted(sprite.name for sprite in cls.registry)


hero = Sprite("hero")
enemies = [Sprite(f"orc{i}") for i in range(3)]
print(len(Sprite.registry), Sprite.alive())

enemies.pop()
print("after a pop:", Sprite.alive())

del enemies
print("after del enemies:", Sprite.alive())

# two sprites that point at each other only go at a collection
a = Sprite("ghost-a")
b = Sprite("ghost-b")
a.partner, b.partner = b, a
del a, b
print("before collect:", Sprite.alive())
print("collected:", gc.collect())
print("after collect:", Sprite.alive())

print("hero in registry:", hero in Sprite.registry)
print("a number:", 5 in Sprite.registry)
other = weakref.WeakSet([hero])
print("equal sets:", other == Sprite.registry)
Sprite.registry.discard(hero)
print("after discard:", len(Sprite.registry), hero.name)
