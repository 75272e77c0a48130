# list.sort() as CPython 3.11 sorts: the same comparisons in the same order
# (a hash of who was compared with whom), the same count and the same
# stable result, for random, few-valued, nearly sorted, descending and
# run-structured lists, reversed and with a key function
seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
log = []
class K:
    __slots__ = ("v", "i")
    def __init__(self, v, i):
        self.v = v
        self.i = i
    def __lt__(self, o):
        log.append(self.i * 7 + o.i)
        return self.v < o.v
def check(vals, reverse=False, key=None):
    del log[:]
    ks = [K(v, i) for i, v in enumerate(vals)]
    if key:
        r = sorted(ks, key=key, reverse=reverse)
    else:
        r = sorted(ks, reverse=reverse)
    h = 0
    for x in log:
        h = (h * 31 + x) % 1000000007
    order = 0
    for x in r:
        order = (order * 131 + x.i) % 1000000007
    return len(log), h, order
out = []
for size in [0, 1, 2, 3, 5, 10, 31, 64, 65, 100, 128, 257, 600]:
    for kind in range(5):
        if kind == 0:
            vals = [rnd(1000) for _ in range(size)]
        elif kind == 1:
            vals = [rnd(5) for _ in range(size)]
        elif kind == 2:
            vals = list(range(size)); 
            for _ in range(size // 10 + 1):
                if size: vals[rnd(size)] = rnd(size)
        elif kind == 3:
            vals = list(range(size, 0, -1)) + [rnd(50) for _ in range(size // 3)]
        else:
            vals = []
            for r in range(size // 20 + 1):
                run = sorted(rnd(10000) for _ in range(20))
                vals.extend(run if r % 2 else run[::-1])
        out.append((size, kind, check(vals), check(vals, reverse=True), check(vals, key=lambda k: k)))
for o in out:
    print(o)
