# Reading a log with takewhile, dropwhile, filterfalse and compress
from itertools import takewhile, dropwhile, filterfalse, compress

log = ["# header", "# version 2", "start", "load", "ERROR disk", "retry", "ERROR net", "done"]

header = list(takewhile(lambda line: line.startswith("#"), log))
body = list(dropwhile(lambda line: line.startswith("#"), log))
print(header)
print(body)

errors = [line for line in body if line.startswith("ERROR")]
rest = list(filterfalse(lambda line: line.startswith("ERROR"), body))
print(errors, rest)

# takewhile stops at the first failure, unlike a filter
print(list(takewhile(lambda n: n < 5, [1, 3, 6, 2, 1])))
print(list(filter(lambda n: n < 5, [1, 3, 6, 2, 1])))

# compress keeps the items whose selector is true
attendance = [True, False, True, True]
names = ["Ann", "Ben", "Cleo", "Dev"]
print(list(compress(names, attendance)))
print(list(filterfalse(None, [0, 1, "", "x", None, [], [0]])))
