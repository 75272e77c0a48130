# Counter, defaultdict and ChainMap exercises on a small text
from collections import Counter, defaultdict, ChainMap

text = "the quick brown fox jumps over the lazy dog the fox"
words = text.split()
counts = Counter(words)
print(counts.most_common(3))
print(counts["the"], counts["cat"], len(counts), counts.total())
letters = Counter(c for c in text if c.isalpha())
print(letters.most_common(4))
a = Counter("aabbbc")
b = Counter("abccd")
print(a + b, a - b, a & b, a | b)
a.subtract("aaa")
print(a, +a, -a)
print(sorted(Counter({"x": 3, "y": 1}).elements()))

by_length = defaultdict(list)
for w in words:
    by_length[len(w)].append(w)
print(dict(sorted(by_length.items())))
index = defaultdict(set)
for i, w in enumerate(words):
    index[w[0]].add(i)
print(sorted((k, sorted(v)) for k, v in index.items())[:4])
nested = defaultdict(lambda: defaultdict(int))
for w in words:
    nested[w[0]][len(w)] += 1
print({k: dict(v) for k, v in sorted(nested.items()) if k in "tf"})
print(by_length.default_factory, 99 in by_length, by_length[99], 99 in by_length)

defaults = {"color": "blue", "size": "M", "debug": False}
user = {"color": "red"}
cli = {"debug": True}
settings = ChainMap(cli, user, defaults)
print(settings["color"], settings["size"], settings["debug"])
settings["size"] = "L"
print(cli, len(settings), sorted(settings))
child = settings.new_child({"color": "green"})
print(child["color"], child.parents["color"], child.maps[0])
del child["color"]
try:
    del child["color"]
except KeyError as e:
    print("KeyError:", e)
print(dict(settings) == {"color": "red", "size": "L", "debug": True})
