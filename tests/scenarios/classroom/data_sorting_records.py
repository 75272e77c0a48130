# Sorting records with key= and reverse=, and why stability matters
students = [
    ("Zoe", "B", 88), ("Adam", "A", 92), ("Mia", "B", 75), ("Liam", "A", 88),
    ("Ava", "C", 92), ("Noah", "C", 60), ("Emma", "A", 75),
]
print(sorted(students))
print(sorted(students, key=lambda s: s[2]))
print(sorted(students, key=lambda s: s[2], reverse=True))
by_name = sorted(students, key=lambda s: s[0])
by_section = sorted(by_name, key=lambda s: s[1])
for s in by_section:
    print(f"  {s[1]} {s[0]:<5} {s[2]}")
print(sorted(students, key=lambda s: (-s[2], s[0]))[:3])
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=lambda w: (len(w), w)))
nums = [5, -3, 2, -8, 0, 7]
nums.sort(key=abs)
print(nums)
nums.sort(reverse=True)
print(nums, sorted(nums, key=lambda n: n % 3))
try:
    sorted([3, "a", 1])
except TypeError as e:
    print("TypeError:", e)
try:
    nums.sort(lambda n: n)
except TypeError as e:
    print("TypeError:", e)
print(sorted("hello world"), sorted({3: "c", 1: "a"}), sorted((2, 1)), sorted([], reverse=True))
print(max(students, key=lambda s: s[2]), min(students, key=lambda s: (s[2], s[0])))
pairs = [(1, "b"), (1, "a"), (0, "z")]
pairs.sort(key=lambda p: p[0])
print(pairs, list(reversed(pairs)))
lst = [3, 1, 2]
lst.reverse()
print(lst, lst.index(1), lst.count(3))
print([1, 2, 3, 2, 1].index(2, 2), [1, 2, 3, 2, 1].index(1, -2, 5))
try:
    [1, 2, 3].index(2, 0, 1)
except ValueError as e:
    print("ValueError:", e)
