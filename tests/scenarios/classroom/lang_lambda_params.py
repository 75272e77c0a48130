# Lambdas take every kind of parameter too
add = lambda a, b=10: a + b
print(add(1), add(1, 2))
collect = lambda *items: len(items)
print(collect(), collect(1, 2, 3))
options = lambda **kw: sorted(kw)
print(options(z=1, a=2))
scale = lambda x, *, factor=2: x * factor
print(scale(5), scale(5, factor=3))
people = [("Bob", 25), ("Alice", 30), ("Eve", 22)]
print(sorted(people, key=lambda person: person[1]))
pairs = [(1, 4), (2, 5), (3, 6)]
print([(lambda x, y: x * y)(*p) for p in pairs])
