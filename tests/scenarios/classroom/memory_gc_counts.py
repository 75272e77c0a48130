# The collector's bookkeeping: get_count, thresholds, and generations
import gc
gc.collect()
print(gc.get_threshold())
print(gc.get_count())
junk = [[] for _ in range(10)]
print(gc.get_count())
more = [{} for _ in range(5)]
print(gc.get_count())
nums = [i * 1000 for i in range(50)]
print(gc.get_count())
del junk
print(gc.get_count())
gc.collect(0)
print(gc.get_count())
gc.collect(1)
print(gc.get_count())
gc.collect()
print(gc.get_count())
stats = gc.get_stats()
print(len(stats), sorted(stats[0].keys()))
old = gc.get_threshold()
gc.set_threshold(5, 2, 2)
print(gc.get_threshold())
made = []
for i in range(12):
    made.append([i])
print(gc.get_count())
gc.set_threshold(*old)
print(gc.get_threshold())
print(len(gc.get_referents([1, 2, "x"])), gc.get_referents({"a": 1}) == ["a", 1] or gc.get_referents({"a": 1}))
class Holder:
    pass
h = Holder()
lst = [h]
print(len([r for r in gc.get_referrers(h) if r is lst]))
print(gc.is_tracked(h), gc.is_tracked(lst), gc.is_tracked(()), gc.is_tracked((1, [])))
gc.freeze()
print(gc.get_freeze_count() > 0)
gc.unfreeze()
print(gc.get_freeze_count())
