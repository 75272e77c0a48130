# A generator's finally block runs when it is closed or deleted
def reader(name):
    print("open", name)
    try:
        for i in range(10):
            yield i
    finally:
        print("close", name)

r = reader("data.txt")
print(next(r), next(r))
del r
print("after del")
def first(n):
    for value in reader("numbers"):
        if value == n:
            return value
print(first(2))
g = reader("never started")
del g
print([x for x, _ in zip(reader("zip"), range(3))])
def pairs():
    yield from reader("inner")
p = pairs()
next(p)
p = None
print("end")
keep = reader("kept")
next(keep)
