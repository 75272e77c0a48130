# enumerate, zip, map, filter and lambda in a weekly report
names = ["Ana", "Ben", "Chloe", "Dev", "Eve"]
mon = [8, 6, 7.5, 0, 9]
tue = [7, 8, 8, 4, 9]
wed = [9, 7, 6, 5, 0]

print(f"{'No':>2}  {'Name':<6}{'Mon':>5}{'Tue':>5}{'Wed':>5}{'Total':>7}")
for i, (name, a, b, c) in enumerate(zip(names, mon, tue, wed), start=1):
    print(f"{i:>2}  {name:<6}{a:>5}{b:>5}{c:>5}{a + b + c:>7.1f}")

totals = list(map(lambda *days: sum(days), mon, tue, wed))
print(totals)
print(list(map(str.upper, names)))
print(list(map(len, names)))
print(list(map(int, "1 2 3 4".split())))
print(list(map(pow, [2, 3, 4], [3, 2, 1])))
print(list(filter(lambda n: n % 2, range(10))))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])))
print(list(filter(str.isdigit, ["12", "ab", "3", "4c"])))

hours = dict(zip(names, totals))
busy = {name: h for name, h in hours.items() if h >= 20}
print(busy)
print(sorted(hours, key=hours.get, reverse=True))
print(sorted(hours.items(), key=lambda kv: kv[1])[0])

pairs = list(zip("abc", range(10)))
print(pairs)
letters, numbers = zip(*pairs)
print(letters, numbers)
print(list(zip()))
print(dict(enumerate("xyz")))
print(list(enumerate(["a", "b"], 100)))

m = map(lambda x: x * 10, [1, 2, 3])
print(type(m).__name__, next(m), list(m), list(m))
z = zip([1, 2], [3, 4])
print(type(z).__name__, list(z))
f = filter(lambda x: x > 1, [1, 2, 3])
print(type(f).__name__, list(f))

compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
double = lambda x: x * 2
print(compose(inc, double)(5), compose(double, inc)(5))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
for sym in "+-*":
    print(7, sym, 3, "=", ops[sym](7, 3))
adders = [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in adders])
late = [lambda x: x + n for n in range(3)]
print([f(10) for f in late])
print((lambda: "no args")(), (lambda *a, **k: (a, k))(1, b=2))
print(max(names, key=lambda s: (len(s), s)), min(zip(totals, names)))
print(sum(map(lambda t: t[0] * t[1], zip([1, 2, 3], [4, 5, 6]))))
print(any(map(lambda h: h > 25, totals)), all(map(bool, totals)))
print(list(reversed(list(enumerate("ab")))))
