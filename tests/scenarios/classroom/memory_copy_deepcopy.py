# Shallow vs deep copies of nested structures
import copy
import sys
original = {"name": "grid", "rows": [[1, 2], [3, 4]], "tags": ("a", ["b"])}
assigned = original
shallow = copy.copy(original)
also_shallow = dict(original)
deep = copy.deepcopy(original)
original["rows"][0][0] = 99
original["tags"][1].append("c")
original["name"] = "changed"
for label, obj in [("assigned", assigned), ("shallow", shallow), ("dict()", also_shallow), ("deep", deep)]:
    print(f"{label:9} {obj}")
print(shallow["rows"] is original["rows"], deep["rows"] is original["rows"])
print(shallow["tags"] is original["tags"], deep["tags"] is original["tags"], deep["tags"][0] is original["tags"][0])
nums = [1, 2, 3]
print(copy.copy(nums) is nums, copy.copy((1, 2)) is (1, 2), copy.deepcopy((1, 2)), copy.copy("s"))
t = (1, [2])
dt = copy.deepcopy(t)
print(dt == t, dt is t, dt[1] is t[1])
t2 = (1, (2, 3))
print(copy.deepcopy(t2) is t2)
cyc = [1]
cyc.append(cyc)
dc = copy.deepcopy(cyc)
print(dc, dc[1] is dc, dc is cyc)
board = [[0] * 3 for _ in range(3)]
b2 = board[:]
b3 = [row[:] for row in board]
b4 = copy.deepcopy(board)
board[1][1] = 5
print(b2[1], b3[1], b4[1])
before = sys.getrefcount(original["rows"])
c = copy.copy(original)
print(sys.getrefcount(original["rows"]) - before)
del c
print(sys.getrefcount(original["rows"]) - before)
class Pt:
    def __init__(self, x, items):
        self.x = x
        self.items = items
p = Pt(1, [1, 2])
p2 = copy.copy(p)
p3 = copy.deepcopy(p)
p.items.append(3)
print(p2.items, p3.items, p2.x, p2.__dict__ is p.__dict__, type(p3).__name__)
memo = {}
shared = [0]
pair = [shared, shared]
dp = copy.deepcopy(pair, memo)
print(dp[0] is dp[1], len(memo) > 0, id(shared) in memo)
print(sys.getsizeof(original) == sys.getsizeof(shallow), sys.getsizeof(nums[:]), sys.getsizeof(list(nums)), sys.getsizeof(copy.copy(nums)))
