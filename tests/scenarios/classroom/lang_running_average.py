# A coroutine-style running average fed with send()
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
print(next(avg))
for grade in [12, 15, 9, 18]:
    print("after", grade, "the average is", avg.send(grade))

def echo():
    try:
        received = yield "started"
        while True:
            received = yield "echo: " + str(received)
    finally:
        print("echo closed")

e = echo()
print(next(e))
print(e.send("hello"))
print(e.send(42))
e.close()
print("after close")
try:
    e.send("again")
except StopIteration:
    print("a closed generator raises StopIteration")

g = running_average()
try:
    g.send(5)
except TypeError as err:
    print("TypeError:", err)
