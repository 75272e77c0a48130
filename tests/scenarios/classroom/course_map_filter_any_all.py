# map(), filter(), any() and all() on lists of numbers and strings
nums = [1, 2, 3, 4, 5, 6]
print(list(map(lambda x: x * x, nums)))
print(list(filter(lambda x: x % 2 == 0, nums)))
print(list(map(str, nums)))
print(list(map(int, ["10", "20", "30"])))
print(list(map(lambda a, b: a + b, [1, 2, 3], [10, 20, 30])))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])))
print(sum(map(len, ["ab", "cde", "f"])))

print(any(x > 5 for x in nums), all(x > 0 for x in nums))
print(any([]), all([]))
passwords = ["secret", "Secret1", "12345"]
for p in passwords:
    ok = any(c.isupper() for c in p) and any(c.isdigit() for c in p) and len(p) >= 6
    print(p, "strong" if ok else "weak")
m = map(abs, [-1, -2])
print(type(m).__name__, next(m), list(m), list(m))
print(max(map(len, ["a", "abcd", "ab"])), min(filter(lambda w: len(w) > 1, ["a", "abcd", "ab"])))
