# gc.get_count() counts new containers; a collection promotes survivors.
import gc

class Obj:
    pass

gc.disable()
gc.collect()
gc.get_count()                 # the first call after a full collection builds its tuple
start = gc.get_count()[0]
keep = [Obj() for i in range(10)]
print("new containers:", gc.get_count()[0] - start)
gc.collect(0)
print("after collect(0):", gc.get_count())
print("thresholds:", gc.get_threshold())
gc.enable()
