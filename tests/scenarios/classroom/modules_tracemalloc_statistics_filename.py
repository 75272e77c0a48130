# tracemalloc: statistics grouped by file, and the memory of one line
import tracemalloc


def make_table(rows, cols):
    return [[r * cols + c for c in range(cols)] for r in range(rows)]


tracemalloc.start()
table = make_table(50, 20)
snapshot = tracemalloc.take_snapshot()
tracemalloc.stop()

mine = snapshot.filter_traces([tracemalloc.Filter(True, __file__)])
by_file = mine.statistics("filename")
print("files:", len(by_file))
stat = by_file[0]
print("line number of a file statistic:", stat.traceback[0].lineno)
print("blocks:", stat.count)
print("size:", stat.size, "bytes")

by_line = mine.statistics("lineno")
for s in by_line:
    frame = s.traceback[0]
    print(f"line {frame.lineno}: {s.count} blocks, {s.size} bytes")

rows = 50 + 1
ints = 50 * 20 - 256
print("expected blocks:", rows + ints)
