# tracemalloc: compare two snapshots to see what a step of the program added
import tracemalloc


class Order:
    def __init__(self, number, items):
        self.number = number
        self.items = items


def short(stat):
    # the file name without the folder it ran from
    return str(stat).rsplit("/", 1)[-1]


tracemalloc.start()
orders = []
first = tracemalloc.take_snapshot()

for n in range(200):
    orders.append(Order(n, ["apple", "pear"] * 3))

second = tracemalloc.take_snapshot()

script_only = [tracemalloc.Filter(True, __file__)]
first = first.filter_traces(script_only)
second = second.filter_traces(script_only)
changes = second.compare_to(first, "lineno")

print("What the loop added:")
for diff in changes[:4]:
    print(" ", short(diff))

grown = [d for d in changes if d.size_diff > 0]
print("lines that grew:", len(grown))
print("new blocks in total:", sum(d.count_diff for d in changes))
print("bytes in total:", sum(d.size_diff for d in changes))
tracemalloc.stop()
