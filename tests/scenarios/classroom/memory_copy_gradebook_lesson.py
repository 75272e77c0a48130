# Memory lesson: assignment, shallow copy and deep copy of nested data
import copy
import sys

gradebook = {
    "maya": {"scores": [90, 85], "tags": {"honors"}},
    "omar": {"scores": [70, 72], "tags": set()},
}

alias = gradebook
shallow = copy.copy(gradebook)
also_shallow = dict(gradebook)
deep = copy.deepcopy(gradebook)

print(alias is gradebook, shallow is gradebook, deep is gradebook)
print(shallow["maya"] is gradebook["maya"], also_shallow["maya"] is gradebook["maya"])
print(deep["maya"] is gradebook["maya"], deep["maya"]["scores"] is gradebook["maya"]["scores"])

gradebook["maya"]["scores"].append(100)
gradebook["lena"] = {"scores": [99], "tags": set()}
print("alias:  ", sorted(alias), alias["maya"]["scores"])
print("shallow:", sorted(shallow), shallow["maya"]["scores"])
print("deep:   ", sorted(deep), deep["maya"]["scores"])

row = [0, 0]
grid = [row, row]
grid_deep = copy.deepcopy(grid)
print(grid_deep[0] is grid_deep[1], "(deepcopy keeps the sharing)")
grid_deep[0][0] = 5
print(grid_deep)

nums = [1, 2, [3, 4]]
for name, c in [("slice", nums[:]), ("list()", list(nums)), ("copy()", nums.copy()),
                ("copy.copy", copy.copy(nums)), ("deepcopy", copy.deepcopy(nums))]:
    print(f"{name:>10}: same list={c is nums!s:5} same inner={c[2] is nums[2]}")

t = (1, 2, 3)
print("copying a tuple of ints returns it:", copy.copy(t) is t, copy.deepcopy(t) is t)
t2 = (1, [2])
print("deepcopy of a tuple holding a list:", copy.deepcopy(t2) is t2, copy.copy(t2) is t2)
s = "text"
print("strings:", copy.copy(s) is s, copy.deepcopy(s) is s)

class Student:
    def __init__(self, name, scores):
        self.name = name
        self.scores = scores

    def __repr__(self):
        return f"Student({self.name!r}, {self.scores})"

st = Student("ines", [80, 90])
st2 = copy.copy(st)
st3 = copy.deepcopy(st)
st.scores.append(70)
st.name = "INES"
print(st, st2, st3, sep="\n")
print(st2.__dict__ is st.__dict__, st2.scores is st.scores, st3.scores is st.scores)

loop = [1]
loop.append(loop)
cloned = copy.deepcopy(loop)
print(cloned[1] is cloned, cloned is loop, repr(cloned))

class Config:
    def __init__(self):
        self.values = {"debug": False}
        self.copies = 0
    def __copy__(self):
        new = Config()
        new.values = self.values
        new.copies = self.copies + 1
        return new
    def __deepcopy__(self, memo):
        new = Config()
        new.values = copy.deepcopy(self.values, memo)
        new.copies = self.copies + 100
        return new
cfg = Config()
print(copy.copy(cfg).copies, copy.deepcopy(cfg).copies, copy.copy(cfg).values is cfg.values)

original = [[1, 2], [3, 4]]
refs_before = sys.getrefcount(original[0])
shallow = original.copy()
print("inner list gained a reference:", sys.getrefcount(original[0]) - refs_before)
deep = copy.deepcopy(original)
print("deep copy adds none:", sys.getrefcount(original[0]) - refs_before)
print(sys.getsizeof(original) == sys.getsizeof(shallow), sys.getsizeof(deep[0]))
