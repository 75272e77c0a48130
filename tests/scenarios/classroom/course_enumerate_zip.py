# enumerate() and zip(): loop with an index, loop over several lists together
fruits = ["apple", "banana", "cherry"]
for i, fruit in enumerate(fruits):
    print(i, fruit)
for rank, fruit in enumerate(fruits, start=1):
    print(f"{rank}. {fruit}")

names = ["Ana", "Ben", "Cleo"]
scores = [90, 85, 77]
for name, score in zip(names, scores):
    print(f"{name} scored {score}")

print(list(zip(names, scores)))
print(dict(zip(names, scores)))
print(list(zip([1, 2, 3], "ab")))
pairs = [(1, "one"), (2, "two"), (3, "three")]
numbers, words = zip(*pairs)
print(numbers, words)
print(list(enumerate("hey")))

total = 0
for i, (name, score) in enumerate(zip(names, scores)):
    total += score
    print(i, name, score, total)
