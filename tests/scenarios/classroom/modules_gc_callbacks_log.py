# gc.callbacks: be told when the collector starts and stops
import gc

log = []


def watcher(phase, info):
    log.append((phase, info["generation"], info["collected"], info["uncollectable"]))


gc.callbacks.append(watcher)

class Pair:
    pass

p, q = Pair(), Pair()
p.other, q.other = q, p
del p, q
print("collect returned", gc.collect())
gc.collect(0)
gc.callbacks.remove(watcher)
gc.collect()

for entry in log:
    print(entry)
print("callbacks left:", len(gc.callbacks))
print("stats keys:", sorted(gc.get_stats()[2]))
