# Copying collections: shallow copies share the items, deep copies do not
import copy
import sys
from collections import deque, Counter, OrderedDict, defaultdict, namedtuple

tasks = deque([["write"], ["test"]], maxlen=5)
shallow = copy.copy(tasks)
deep = copy.deepcopy(tasks)
tasks[0].append("review")
print(tasks)
print(shallow, shallow.maxlen)
print(deep)
print(shallow[0] is tasks[0], deep[0] is tasks[0])

groups = defaultdict(list, admins=["ann"])
g2 = copy.deepcopy(groups)
g2["admins"].append("bob")
g2["guests"].append("eve")           # the factory came along
print(groups)
print(g2)

stock = Counter(apples=3, pears=1)
s2 = copy.copy(stock)
s2["apples"] -= 1
print(stock, s2, type(s2).__name__)

order = OrderedDict(first=[1], second=[2])
o2 = copy.deepcopy(order)
o2.move_to_end("first")
print(list(order), list(o2), o2["second"] is order["second"])

Point = namedtuple("Point", "x y")
p = Point([0], [1])
print(copy.copy(p) is p, copy.copy(p) == p)
q = copy.deepcopy(p)
print(q, q.x is p.x, type(q).__name__)

# a list subclass keeps its class and its attributes
class Playlist(list):
    pass

mix = Playlist(["song a", "song b"])
mix.title = "road trip"
mix2 = copy.copy(mix)
print(mix2, mix2.title, type(mix2).__name__, mix2 is mix)
print(sys.getrefcount(mix[0]) > 2)
