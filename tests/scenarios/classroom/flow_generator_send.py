# Coroutine-style generators: send to a running average, throw, close
def running_average():
    total = 0.0
    count = 0
    average = None
    while True:
        try:
            value = yield average
        except ValueError as e:
            print("  bad value ignored:", e)
            continue
        total += value
        count += 1
        average = total / count

avg = running_average()
print(next(avg))
for v in (10, 20, 30, 45):
    print(avg.send(v))
print(avg.throw(ValueError("negative reading")))
print(avg.send(5))
avg.close()
print(avg.gi_suspended)
try:
    avg.send(1)
except StopIteration:
    print("closed generator raises StopIteration")

def guarded():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("  got GeneratorExit")
        raise
    finally:
        print("  cleanup in finally")

g = guarded()
print(next(g))
g.close()
g.close()

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "no"

s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def echo():
    received = yield "ready"
    while True:
        received = yield received.upper()

e = echo()
print(next(e), e.send("hi"), e.send("there"))
try:
    e.throw(KeyError, "k")
except KeyError as err:
    print("thrown back:", repr(err))
