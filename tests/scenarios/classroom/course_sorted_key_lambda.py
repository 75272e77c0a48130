# sorted() with key=lambda: sort records by a field, by length, in reverse
students = [
    ("Maya", 88, 19),
    ("Liam", 95, 21),
    ("Zoe", 72, 20),
    ("Omar", 95, 18),
]

print(sorted(students))
print(sorted(students, key=lambda s: s[1]))
print(sorted(students, key=lambda s: s[1], reverse=True))
print(sorted(students, key=lambda s: (-s[1], s[0])))

words = ["banana", "Kiwi", "apple", "Cherry", "fig"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: w[-1]))

scores = {"Maya": 88, "Liam": 95, "Zoe": 72}
for name in sorted(scores, key=scores.get, reverse=True):
    print(f"{name:6}{scores[name]}")

nums = [3, -7, 2, -1, 5]
nums.sort(key=abs)
print(nums)
print(min(students, key=lambda s: s[2])[0], max(students, key=lambda s: s[2])[0])
