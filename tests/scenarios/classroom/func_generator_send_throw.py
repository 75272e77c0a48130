# Generators as coroutines: send, throw and close, with a running average
def running_average():
    total = 0.0
    count = 0
    average = None
    while True:
        try:
            value = yield average
        except ValueError as e:
            print("  ignored bad value:", e)
            continue
        total += value
        count += 1
        average = total / count


def echo():
    print("  echo started")
    try:
        while True:
            received = yield
            print("  echo:", received)
    except GeneratorExit:
        print("  echo closing")
        raise
    finally:
        print("  echo finally")


avg = running_average()
print(next(avg))
print(avg.send(10), avg.send(20), avg.send(60))
print(avg.throw(ValueError("oops")))
print(avg.send(10))
avg.close()
try:
    avg.send(1)
except StopIteration:
    print("closed generator raises StopIteration")

e = echo()
next(e)
e.send("hello")
e.send(42)
e.close()
e.close()
print("closed twice fine")


def limited():
    yield 1
    yield 2
    return "finished"


g = limited()
print(next(g), next(g))
try:
    next(g)
except StopIteration as stop:
    print("return value:", stop.value)
fresh = limited()
try:
    fresh.send("x")
except TypeError as err:
    print("TypeError:", err)
g2 = limited()
next(g2)
try:
    g2.throw(KeyError("k"))
except KeyError as err:
    print("KeyError propagated:", err)
print(g2.gi_suspended, fresh.gi_running, g2.gi_code.co_name)
