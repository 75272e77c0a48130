# Merging already sorted lists lazily with heapq.merge
import heapq

monday = [8, 12, 15, 21]
tuesday = [7, 9, 16]
wednesday = [10, 11, 22, 23]

merged = heapq.merge(monday, tuesday, wednesday)
print(type(merged).__name__)
print("first two:", next(merged), next(merged))
print("the rest:", list(merged))

# merge is lazy: it reads each list only as far as it needs
def noisy(name, values):
    for v in values:
        print(f"  {name} gives {v}")
        yield v

print("lazy merge:")
for v in heapq.merge(noisy("a", [1, 4, 6]), noisy("b", [2, 3, 5])):
    print("merged", v)
    if v == 4:
        break

words_a = ["ox", "cat", "horse"]
words_b = ["a", "dog", "zebra", "giraffe"]
print("by length:", list(heapq.merge(words_a, words_b, key=len)))

high_to_low = list(heapq.merge([9, 5, 1], [8, 6, 2], [7], reverse=True))
print("descending:", high_to_low)

logs_a = [(1, "boot"), (5, "login"), (9, "logout")]
logs_b = [(2, "cron"), (5, "backup"), (7, "mail")]
for when, what in heapq.merge(logs_a, logs_b):
    print(f"t={when}: {what}")
print("nothing to merge:", list(heapq.merge([], [])))
