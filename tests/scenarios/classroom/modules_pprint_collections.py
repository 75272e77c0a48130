# pprint knows the collections types: Counter, defaultdict, deque, OrderedDict
import pprint
from collections import Counter, OrderedDict, defaultdict, deque

words = "the quick brown fox jumps over the lazy dog the end".split()
counts = Counter(words)
pprint.pprint(counts, width=40)

by_letter = defaultdict(list)
for w in words:
    by_letter[w[0]].append(w)
pprint.pprint(by_letter, width=50)

recent = deque(["login", "open lesson", "run code", "save", "logout"], maxlen=5)
pprint.pprint(recent, width=30)

menu = OrderedDict([("starter", "soup of the day"), ("main", "vegetable lasagne"), ("dessert", "fruit salad")])
pprint.pprint(menu, width=40)

pprint.pprint({"tags": {"python", "memory", "lists"}, "empty": set(), "frozen": frozenset({3, 1, 2})}, width=30)
