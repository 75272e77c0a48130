# min, max, sorted and sum with key, default, reverse and start
cities = [("Oslo", 709000), ("Lima", 9750000), ("Rome", 2873000), ("Bern", 134000)]
print(max(cities, key=lambda c: c[1]), min(cities, key=lambda c: c[1]))
print(max(c[0] for c in cities), min(len(c[0]) for c in cities))
print(max([], default="none"), min((), default=0), max(3, 7, 5), min("hello"))
print(max("apple", "fig", "banana", key=len), min([4, -9, 2], key=abs))
print(sorted(cities, key=lambda c: c[0]))
print(sorted([5, 2, 8], reverse=True), sorted("banana"), sorted({"b": 1, "a": 2}))
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([0.5, 0.25], start=1), sum([[1], [2, 3]], []))
for rank, (city, pop) in enumerate(sorted(cities, key=lambda c: -c[1]), start=1):
    print(rank, city.ljust(5), pop)
print(list(zip("abc", [1, 2, 3], strict=True)), list(zip("ab", "xyz")))
try:
    list(zip("abc", [1, 2], strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
