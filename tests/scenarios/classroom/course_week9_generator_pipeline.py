# Week 9: generators - lazy pipelines over log lines
log = """\
2024-03-01 INFO  server started
2024-03-01 WARN  disk at 81%
2024-03-02 ERROR request /api/users failed
2024-03-02 INFO  user alice logged in
2024-03-03 ERROR request /api/orders failed
2024-03-03 INFO  user bob logged in
2024-03-04 WARN  disk at 93%
2024-03-04 ERROR database timeout"""

def read_lines(text):
    for line in text.splitlines():
        print(f"  (reading line {line[:10]})")
        yield line

def parse(lines):
    for line in lines:
        date, level, message = line.split(maxsplit=2)
        yield {"date": date, "level": level, "message": message}

def only(level, records):
    return (r for r in records if r["level"] == level)

pipeline = only("ERROR", parse(read_lines(log)))
print(type(pipeline).__name__)
first = next(pipeline)
print("first error:", first["message"])
for record in pipeline:
    print("error on", record["date"], "-", record["message"])

def countdown(n):
    print("starting countdown")
    while n > 0:
        yield n
        n -= 1
    print("countdown done")

gen = countdown(3)
print(next(gen))
print(list(gen))
print(list(gen))

def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

def take(n, iterable):
    for i, item in enumerate(iterable):
        if i >= n:
            return
        yield item

print(list(take(10, fibonacci())))
evens = (x for x in fibonacci() if x % 2 == 0)
print(list(take(6, evens)))

squares = (n * n for n in range(1, 6))
print(sum(squares), sum(squares))

def running_average():
    total = 0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count

avg = running_average()
next(avg)
for v in [10, 20, 60, 10]:
    print(f"sent {v:>3}, average now {avg.send(v):6.2f}")
avg.close()

def chunks(seq, size):
    for start in range(0, len(seq), size):
        yield seq[start:start + size]
print(list(chunks("abcdefghij", 3)))

def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1, 2], "ab", range(3))))

def numbered(lines):
    yield from enumerate(lines, 1)
for n, word in numbered(["alpha", "beta"]):
    print(n, word)

g = (c.upper() for c in "hey")
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration:
    print("exhausted")
print(next(iter([]), "default"))

def words_of(text):
    word = ""
    for ch in text:
        if ch.isalpha():
            word += ch
        elif word:
            yield word.lower()
            word = ""
    if word:
        yield word.lower()
counts = {}
for w in words_of("It was the best of times, it was the worst of times."):
    counts[w] = counts.get(w, 0) + 1
print(counts)
print(any(x > 3 for x in [1, 2, 5]), all(x > 0 for x in []))
