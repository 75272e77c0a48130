# global and nonlocal counters, and UnboundLocalError
count = 0

def increment():
    global count
    count += 1
    return count

for _ in range(3):
    increment()
print("global count:", count)

def broken():
    try:
        count += 1
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)

broken()

def outer():
    total = 0
    log = []
    def add(n):
        nonlocal total
        total += n
        log.append(n)
    for n in (5, 10, 20):
        add(n)
    return total, log

print(outer())

def shadow():
    count = 100
    def inner():
        return count
    return inner()

print(shadow(), count)

def make_scoreboard():
    scores = {}
    best = None
    def record(name, points):
        nonlocal best
        scores[name] = scores.get(name, 0) + points
        if best is None or scores[name] > scores[best]:
            best = name
        return best
    return record

record = make_scoreboard()
print(record("ann", 3), record("bob", 5), record("ann", 4))
print(globals()["count"], "increment" in globals())
def show_locals(a, b=2):
    c = a + b
    return sorted(locals().items())
print(show_locals(1))
