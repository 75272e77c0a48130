# List methods: sort with key and reverse, index with start, count, insert, remove, *=, +=
import sys

scores = [("ana", 88), ("ben", 95), ("cy", 72), ("dee", 95)]
scores.sort(key=lambda p: p[1], reverse=True)
print(scores)
scores.sort(key=lambda p: p[0])
print(scores)
nums = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
print(nums.index(5), nums.index(5, 5), nums.index(5, 5, 9), nums.count(5), nums.count(7))
nums.insert(0, 0)
nums.insert(100, 10)
nums.insert(-1, 8)
print(nums)
nums.remove(1)
print(nums, nums.pop(), nums.pop(0))
alias = nums
nums *= 2
print(alias is nums, len(alias))
nums += range(3)
nums += "ab"
nums += (True,)
print(nums[-6:], alias is nums)
words = ["banana", "Apple", "cherry"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
words.reverse()
print(words, words.copy() == words, words.copy() is words)
empty = []
print(sys.getsizeof(empty))
try:
    nums.remove(42)
except ValueError as e:
    print("ValueError:", e)
try:
    nums.index(42)
except ValueError as e:
    print("ValueError:", e)
