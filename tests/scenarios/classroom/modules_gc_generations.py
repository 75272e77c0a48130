# Objects move to older generations when they survive a collection
import gc


def generation_of(obj):
    for gen in range(3):
        if any(o is obj for o in gc.get_objects(gen)):
            return gen
    return None


gc.disable()
box = []
print("new list in generation", generation_of(box))
gc.collect(0)
print("after collect(0):", generation_of(box))
gc.collect(1)
print("after collect(1):", generation_of(box))
gc.collect()
print("after collect():", generation_of(box))
print("an int:", generation_of(42))
print("young objects now:", len(gc.get_objects(0)) < 5)
try:
    gc.get_objects(generation=5)
except ValueError as e:
    print("ValueError:", e)
gc.enable()
