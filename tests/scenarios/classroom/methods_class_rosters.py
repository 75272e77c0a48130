# Set operations on class rosters
math = {"ana", "ben", "cho", "dev", "eli"}
art = {"cho", "eli", "fay", "gus"}
music = ["ben", "fay", "hal", "ben"]

print("both:", sorted(math & art))
print("either:", sorted(math | art))
print("math only:", sorted(math - art))
print("exactly one:", sorted(math ^ art))
print("union with a list:", sorted(math.union(music)))
print("in all three:", sorted(math.intersection(art, music)))
print("not in art or music:", sorted(math.difference(art, music)))
print(sorted(art.symmetric_difference(music)))
print({"cho", "eli"} <= math, {"cho", "eli"} < art, math >= {"ana"}, math.issubset(math | art))
print(math.isdisjoint({"zed"}), art.isdisjoint(music), art.issuperset(["cho"]))

club = set()
club.update(["ana", "fay"], ("gus",))
club.add("ana")
club.discard("nobody")
club.remove("gus")
print(sorted(club), len(club))
club |= {"hal"}
club &= {"ana", "hal", "ivy"}
print(sorted(club))
club -= {"ana"}
club ^= {"hal", "jo"}
print(sorted(club))
taken = frozenset(math)
print(type(taken).__name__, len(taken), "ana" in taken, sorted(taken.union(art)) == sorted(math | art))
try:
    club.remove("nobody")
except KeyError as e:
    print("KeyError:", e)
