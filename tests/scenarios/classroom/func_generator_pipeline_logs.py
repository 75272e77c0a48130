# Generator pipelines over log lines: lazy filtering and aggregation
LOG = """2024-01-01 INFO start server
2024-01-01 WARN disk 80%
2024-01-02 ERROR db timeout
2024-01-02 INFO request /home
2024-01-03 ERROR db timeout
2024-01-03 INFO request /about
2024-01-03 WARN memory 91%"""


def read_lines(text):
    for line in text.splitlines():
        print("  read", line[:10])
        yield line


def parse(lines):
    for line in lines:
        date, level, *message = line.split()
        yield {"date": date, "level": level, "msg": " ".join(message)}


def only(level, records):
    return (r for r in records if r["level"] == level)


def take(n, iterable):
    for i, item in enumerate(iterable):
        if i >= n:
            return
        yield item


pipeline = only("ERROR", parse(read_lines(LOG)))
print(type(pipeline).__name__)
first = next(pipeline)
print("first error:", first)
print("rest:", [r["date"] for r in pipeline])
print(list(take(2, (r["msg"] for r in parse(LOG.splitlines())))))
counts = {}
for rec in parse(LOG.splitlines()):
    counts[rec["level"]] = counts.get(rec["level"], 0) + 1
print(counts)
gen = read_lines("a\nb")
print(list(gen), list(gen))
squares = (n * n for n in range(10))
print(sum(squares), sum(squares))
print(any(r["level"] == "WARN" for r in parse(LOG.splitlines())))
