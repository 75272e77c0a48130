# itertools pipelines: grouping sales, running totals, windows
import itertools
import operator

sales = [("mon", "apples", 3), ("mon", "pears", 5), ("tue", "apples", 2),
         ("wed", "pears", 7), ("wed", "apples", 1), ("wed", "figs", 4)]

for day, rows in itertools.groupby(sales, key=operator.itemgetter(0)):
    rows = list(rows)
    print(day, sum(r[2] for r in rows), [r[1] for r in rows])

amounts = [r[2] for r in sales]
print(list(itertools.accumulate(amounts)))
print(list(itertools.accumulate(amounts, max)))
print(list(itertools.islice(itertools.count(10, 5), 4)))
print(list(itertools.takewhile(lambda x: x < 5, amounts)))
print(list(itertools.dropwhile(lambda x: x < 5, amounts)))
print(list(itertools.chain([1, 2], "ab", range(2))))
print(list(itertools.compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print(list(itertools.zip_longest("abc", [1, 2], fillvalue="-")))
print(list(itertools.combinations("ABC", 2)))
print(list(itertools.permutations([1, 2, 3], 2))[:4])
print(list(itertools.product("ab", repeat=2)))
print(list(itertools.starmap(pow, [(2, 3), (3, 2)])))
cycle = itertools.cycle(["red", "green"])
print([next(cycle) for _ in range(5)])

def windows(iterable, n):
    its = itertools.tee(iterable, n)
    for i, it in enumerate(its):
        for _ in range(i):
            next(it, None)
    return zip(*its)

print(list(windows(range(6), 3)))
print(dict(itertools.zip_longest(["a", "b", "c"], [1])))
print(list(itertools.filterfalse(lambda s: s[2] > 2, sales)))
