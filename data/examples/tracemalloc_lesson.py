# tracemalloc counts the memory each line allocates: here, a list of strings.
import tracemalloc

tracemalloc.start()
before, _ = tracemalloc.get_traced_memory()

words = []
for i in range(200):
    words.append("word number " + str(i))

after, peak = tracemalloc.get_traced_memory()
print("the list and its strings:", after - before, "bytes")

snapshot = tracemalloc.take_snapshot()
for stat in snapshot.statistics("lineno")[:3]:
    print(stat.traceback[0].lineno, stat.count, "blocks")

del words
now, _ = tracemalloc.get_traced_memory()
print("after del words:", now - before, "bytes")
tracemalloc.stop()
