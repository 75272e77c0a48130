# sys.getsizeof of the collections types, empty and with a few items
from collections import defaultdict, OrderedDict, Counter, deque, namedtuple
import sys

Pair = namedtuple("Pair", "a b")
print("dict        ", sys.getsizeof({}), sys.getsizeof({"a": 1, "b": 2}))
print("defaultdict ", sys.getsizeof(defaultdict(int)), sys.getsizeof(defaultdict(int, a=1, b=2)))
print("Counter     ", sys.getsizeof(Counter()), sys.getsizeof(Counter(a=1, b=2)))
print("OrderedDict ", sys.getsizeof(OrderedDict()), sys.getsizeof(OrderedDict(a=1, b=2)))
print("list        ", sys.getsizeof([]), sys.getsizeof([1, 2]))
print("deque       ", sys.getsizeof(deque()), sys.getsizeof(deque([1, 2])))
print("tuple       ", sys.getsizeof(()), sys.getsizeof((1, 2)))
print("namedtuple  ", sys.getsizeof(Pair(1, 2)))

# a thousand items
n = 1000
keys = [str(i) for i in range(n)]
print(sys.getsizeof(dict.fromkeys(keys, 0)), sys.getsizeof(Counter(keys)))
print(sys.getsizeof(OrderedDict.fromkeys(keys, 0)))
print(sys.getsizeof(list(range(n))), sys.getsizeof(deque(range(n))))
