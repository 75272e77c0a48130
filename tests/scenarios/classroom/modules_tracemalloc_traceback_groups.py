# tracemalloc: statistics by traceback show who called the allocating line
import tracemalloc


def make_row(width):
    return [0] * width


def small_table():
    return [make_row(10) for _ in range(5)]


def big_table():
    return [make_row(100) for _ in range(5)]


tracemalloc.start(3)
small = small_table()
big = big_table()
snapshot = tracemalloc.take_snapshot()
tracemalloc.stop()

mine = snapshot.filter_traces([tracemalloc.Filter(True, __file__)])
for stat in mine.statistics("traceback")[:2]:
    print(f"{stat.count} blocks, {stat.size} bytes, allocated by:")
    for frame in stat.traceback:
        print(f"    line {frame.lineno}")

by_line = mine.statistics("lineno")
print("by line:", [(s.traceback[0].lineno, s.count) for s in by_line])
cumulative = mine.statistics("lineno", cumulative=True)
print("cumulative:", [(s.traceback[0].lineno, s.size) for s in cumulative])
print(mine.traceback_limit, len(mine.traces) == sum(s.count for s in by_line))
