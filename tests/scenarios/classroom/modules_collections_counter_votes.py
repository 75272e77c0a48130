# Counting votes: most_common, ties, and merging the counts of two rooms
from collections import Counter

room_a = "Kim Lee Kim Park Lee Kim Choi".split()
room_b = "Lee Park Lee Choi Park".split()

a, b = Counter(room_a), Counter(room_b)
print(a)
print(b)
total = a + b
print(total)
print(total.most_common())
top = total.most_common(1)[0]
print("winner:", top[0], "with", top[1], "votes")

# ties keep the order the names were first counted in
tied = [name for name, n in total.items() if n == top[1]]
print("tied at the top:", tied)
print(total.most_common(2), total.most_common(10) == total.most_common())

# each room's share of the votes
for name in sorted(total):
    print(f"{name:5} {a[name]} + {b[name]} = {total[name]}  ({total[name] / total.total():.0%})")

# one voter changes their mind
total.subtract(["Kim"])
total.update(["Park"])
print(total.most_common(2))
print(dict(total) == {"Kim": 2, "Lee": 4, "Park": 4, "Choi": 2})
