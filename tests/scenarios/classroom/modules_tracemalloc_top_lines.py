# tracemalloc: which lines of a script hold the most memory? A top-3.
import tracemalloc


def show(stat):
    # the folder the script ran from is left out of the file name
    print("  " + str(stat).rsplit("/", 1)[-1])


tracemalloc.start()

names = []
for i in range(1000):
    names.append("student-" + str(i))
scores = {name: len(name) for name in names}
total = sum(scores.values())

snapshot = tracemalloc.take_snapshot()
top = snapshot.statistics("lineno")

print("Top 3 lines by memory:")
for stat in top[:3]:
    show(stat)

first = top[0]
frame = first.traceback[0]
print("biggest line:", frame.lineno)
print("blocks:", first.count, "bytes:", first.size)
print("average block:", first.size // first.count, "bytes")
print("total:", total)
tracemalloc.stop()
print("tracing:", tracemalloc.is_tracing())
