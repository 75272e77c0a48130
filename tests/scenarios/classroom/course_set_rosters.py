# Set operations on class rosters: union, intersection, difference
math_class = {"Ana", "Ben", "Cara", "Dev", "Eli"}
art_class = {"Cara", "Eli", "Fay", "Gus"}
music_class = {"Ben", "Gus", "Hana"}

print("in math or art:", sorted(math_class | art_class))
print("in math and art:", sorted(math_class & art_class))
print("math but not art:", sorted(math_class - art_class))
print("in exactly one:", sorted(math_class ^ art_class))
print("in all three:", sorted(math_class & art_class & music_class))
print("total students:", len(math_class | art_class | music_class))
print("Cara" in art_class, "Cara" in music_class)
print({"Ana", "Ben"} <= math_class, math_class.isdisjoint(music_class))

music_class.add("Ivy")
music_class.add("Ben")
music_class.discard("nobody")
print(len(music_class))
try:
    music_class.remove("nobody")
except KeyError as e:
    print("KeyError:", e)
ids = {5, 3, 1, 3, 5, 7}
print(ids, len(ids))
print({1, 2, 3}.union([3, 4]), {1, 2, 3}.intersection(range(2, 10)))
print(set("mississippi") == {"m", "i", "s", "p"}, len(set("mississippi")))
