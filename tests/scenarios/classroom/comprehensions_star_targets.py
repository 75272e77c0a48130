# Unpacking in a comprehension's for: first, *rest
rows = [("ann", 90, 85, 77), ("bob", 60, 70), ("cy", 100)]
names = [name for name, *_ in rows]
averages = {name: sum(marks) / len(marks) for name, *marks in rows}
print(names)
print(averages)
print([(a, rest) for a, *rest in ["xyz", "pq", "r"]])
print(list((last, first) for *first, last in [(1, 2, 3), (4, 5)]))
