# Set operations for a class roster (always printed sorted)
math_club = {"Ana", "Ben", "Chloe", "Dev", "Eli"}
chess_club = {"Ben", "Dev", "Fay", "Gus"}
drama = frozenset({"Chloe", "Gus", "Hana"})
print("both:", sorted(math_club & chess_club))
print("either:", sorted(math_club | chess_club))
print("math only:", sorted(math_club - chess_club))
print("exactly one:", sorted(math_club ^ chess_club))
print("all three:", sorted(math_club & chess_club & drama), sorted(drama | chess_club), type(drama | chess_club).__name__)
print(math_club.isdisjoint(drama), {"Ben"} <= chess_club, {"Ben"} < chess_club, chess_club >= {"Fay", "Gus"})
print(sorted(math_club.union(chess_club, drama)), sorted(math_club.intersection(chess_club, ["Dev"])))
print(sorted(math_club.difference(chess_club, drama)), sorted(math_club.symmetric_difference(["Ana", "Zed"])))
roster = set()
roster.update(["Ana", "Ben"], ("Chloe",), {"Dev": 1})
roster.add("Ana")
roster.discard("Nobody")
print(sorted(roster), len(roster))
roster.remove("Ben")
try:
    roster.remove("Ben")
except KeyError as e:
    print("KeyError:", e)
roster -= {"Dev"}
roster |= {"Eve"}
roster &= {"Ana", "Eve", "Chloe"}
roster ^= {"Chloe", "Zoe"}
print(sorted(roster))
c = roster.copy()
c.intersection_update({"Ana"})
print(sorted(c), sorted(roster))
c.difference_update({"Ana"})
c.symmetric_difference_update({"X"})
print(c, c.pop(), c, len(c))
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
print(frozenset({1, 2}) == {1, 2}, hash(frozenset({1, 2})) == hash(frozenset({2, 1})), {frozenset({1}): "ok"})
nums = {3, 1, 2, 10, 7}
print(sorted(nums), min(nums), max(nums), sum(nums), 10 in nums, set("hello") == {"h", "e", "l", "o"})
print(set(), frozenset(), {1, 2} | frozenset({3}), frozenset({1}) | {2}, set([1, 1, 2, 2]))
try:
    {[1, 2]}
except TypeError as e:
    print("TypeError:", e)
