# When automatic collections start: inside the allocation in 3.11, at the next eval-breaker check in 3.12+.
import gc
gens = []
def on_gc(phase, info):
    if phase == "start":
        gens.append(len(keep))
gc.collect()
gc.set_threshold(100, 1000, 1000)
gc.callbacks.append(on_gc)
keep = []
for i in range(1000):
    keep.append([])
gc.callbacks.remove(on_gc)
gc.set_threshold(700, 10, 10)
print(gens)
