# Generators: a function with yield produces values lazily, one at a time
def countdown(n):
    print("starting countdown")
    while n > 0:
        yield n
        n -= 1
    print("liftoff!")


def evens(limit):
    for i in range(limit):
        if i % 2 == 0:
            yield i


gen = countdown(3)
print(next(gen))
print(next(gen))
print(next(gen))
try:
    next(gen)
except StopIteration:
    print("generator is exhausted")

print(list(evens(10)))
for x in countdown(2):
    print("got", x)


def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


fibs = []
for f in fibonacci():
    if f > 100:
        break
    fibs.append(f)
print(fibs)
