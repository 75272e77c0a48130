# enumerate, zip, map, filter, reversed and range as lazy iterators
names = ["ann", "bo", "cy"]
scores = [88, 92, 75, 60]
for i, name in enumerate(names, start=1):
    print(i, name)
print(list(zip(names, scores)), dict(zip(names, scores)))
pairs = list(zip(names, scores))
n, s = zip(*pairs)
print(n, s)
m = map(str.upper, names)
print(type(m).__name__, list(m), list(m))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6, 7])), list(map(int, "123")))
f = filter(lambda x: x >= 75, scores)
print(type(f).__name__, list(f), list(filter(None, [0, 1, "", "a", None, [], [0]])))
r = range(10, 0, -3)
print(r, list(r), len(r), r[1], 4 in r, 7 in r, r.index(4), range(5)[1:3])
it = iter(names)
print(next(it), next(it), next(it), next(it, "done"))
e = enumerate("xyz")
print(next(e), list(e))
print(list(reversed(range(4))), list(reversed("abc")), sum(range(101)))
print(sorted(zip(scores, names), reverse=True), list(zip(range(3), "ab", [True] * 5)))
total = 0
for idx, (name, score) in enumerate(zip(names, scores)):
    total += score * (idx + 1)
print(total, max(zip(scores, names))[1], min(enumerate(scores), key=lambda p: p[1]))
print(list(map(len, names)), sum(map(len, names)), any(map(str.isdigit, names)))
squares = map(lambda x: x * x, range(5))
print(next(squares), list(squares))
print(dict(enumerate("ab")), list(enumerate([])), list(zip()))
print(all([]), any([]), list(filter(str.isupper, "HeLLo")))
