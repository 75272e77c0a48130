# How many passwords? Counting with itertools.permutations and product
from itertools import permutations, product

letters = "abc"
print(["".join(p) for p in permutations(letters)])
print(len(list(permutations("abcde", 3))), "=", 5 * 4 * 3)

# with repeated letters allowed, product is the right tool
codes = ["".join(p) for p in product("01", repeat=3)]
print(codes)

# a lock with 3 distinct digits out of 0-9
print(sum(1 for _ in permutations(range(10), 3)), "codes with distinct digits")
print(10 ** 3, "codes when digits may repeat")

# anagrams of a word that are in a small dictionary
words = {"listen", "silent", "enlist", "tinsel", "google"}
found = sorted({"".join(p) for p in permutations("listen")} & words)
print(found)
