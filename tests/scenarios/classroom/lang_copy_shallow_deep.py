# Shallow vs deep copy, aliasing, and what copy.copy shares
import copy

original = [[1, 2], [3, 4], "text"]
alias = original
shallow = copy.copy(original)
sliced = original[:]
deep = copy.deepcopy(original)

original[0].append(99)
original.append("new")
print("original:", original)
print("alias:   ", alias)
print("shallow: ", shallow)
print("sliced:  ", sliced)
print("deep:    ", deep)
print(alias is original, shallow is original, shallow[0] is original[0], deep[0] is original[0])
print(shallow[2] is original[2], deep[2] is original[2])

config = {"name": "demo", "tags": ["a", "b"], "limits": {"cpu": 2}}
c1 = config.copy()
c2 = dict(config)
c3 = copy.deepcopy(config)
config["tags"].append("c")
config["limits"]["cpu"] = 8
config["name"] = "changed"
print(c1, c2, c3, sep="\n")

class Box:
    def __init__(self, items):
        self.items = items
    def __repr__(self):
        return f"Box({self.items})"

b = Box([1, 2])
b2 = copy.copy(b)
b3 = copy.deepcopy(b)
b.items.append(3)
print(b, b2, b3, b2.items is b.items, b3.items is b.items)

nested = [1, [2, [3, [4]]]]
nested_copy = copy.deepcopy(nested)
nested[1][1][1].append(5)
print(nested, nested_copy)
cyclic = [1, 2]
cyclic.append(cyclic)
cc = copy.deepcopy(cyclic)
print(cc, cc[2] is cc, cc is cyclic)
t = (1, [2])
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, 2)) is not None)
row = [0] * 3
board = [row] * 3
board[0][0] = "X"
print(board)
board = [[0] * 3 for _ in range(3)]
board[0][0] = "X"
print(board)
