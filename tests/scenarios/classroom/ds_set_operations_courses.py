# Set operations over course enrolments (printed sorted, since set order varies)
import sys

python = {"ana", "bo", "cy", "di", "ed"}
math = {"cy", "di", "fay", "gus"}
art = {"ed", "fay", "hal"}

print(sorted(python & math), sorted(python | art))
print(sorted(python - math), sorted(math - python), sorted(python ^ math))
print(sorted(python.intersection(math, art)), sorted(python.union(math, art)))
print(python.isdisjoint({"zed"}), {"cy"} <= math, {"cy", "di"} < math, math >= {"fay"})
everyone = python | math | art
only_one = {s for s in everyone if sum(s in c for c in (python, math, art)) == 1}
print(sorted(only_one))
club = set()
for name in ["ana", "bo", "ana", "cy", "bo"]:
    club.add(name)
print(len(club), sorted(club))
club.discard("zz")
try:
    club.remove("zz")
except KeyError as e:
    print("KeyError:", e)
club |= {"di"}
club -= {"ana"}
club &= {"bo", "di", "ed"}
print(sorted(club))
frozen = frozenset(club)
pairs = {frozen: "pair", frozenset(): "empty"}
print(pairs[frozenset(["di", "bo"])], hash(frozenset()) == hash(frozenset()))
try:
    frozen.add("x")
except AttributeError as e:
    print("AttributeError:", e)
try:
    {[1, 2]}
except TypeError as e:
    print("TypeError:", e)
nums = set(range(10))
print(sorted(nums), {n % 3 for n in nums}, nums.pop() in range(10))
print(sys.getsizeof(set()), sys.getsizeof({1, 2, 3, 4, 5}), sys.getsizeof(set(range(50))))
print(sys.getsizeof(frozenset(range(5))))
