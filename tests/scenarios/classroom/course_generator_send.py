# Generator send(): a running average coroutine that receives values
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
for score in [80, 90, 100, 70]:
    print(f"sent {score}, average is now {avg.send(score)}")


def echo():
    received = []
    try:
        while True:
            x = yield len(received)
            received.append(x)
    finally:
        print("closing echo, received", received)


e = echo()
next(e)
e.send("a")
print(e.send("b"))
e.close()
