# tracemalloc: keep only the traces of one line with a Filter
import tracemalloc

tracemalloc.start()

words = []
for i in range(300):
    words.append("word%d" % i)            # line 8
lengths = [len(w) for w in words]         # line 9
index = {w: n for n, w in enumerate(words)}   # line 10

snapshot = tracemalloc.take_snapshot()
tracemalloc.stop()

only_line_8 = snapshot.filter_traces([tracemalloc.Filter(True, __file__, lineno=8)])
not_line_8 = snapshot.filter_traces([
    tracemalloc.Filter(True, __file__),
    tracemalloc.Filter(False, __file__, lineno=8),
])

for name, snap in [("line 8", only_line_8), ("the other lines", not_line_8)]:
    stats = snap.statistics("lineno")
    size = sum(s.size for s in stats)
    count = sum(s.count for s in stats)
    print(f"{name}: {count} blocks, {size} bytes, lines {sorted(s.traceback[0].lineno for s in stats)}")

f = tracemalloc.Filter(False, "*.txt")
print(f.inclusive, f.filename_pattern, f.lineno, f.all_frames)
print(len(snapshot.filter_traces([]).traces) == len(snapshot.traces))
