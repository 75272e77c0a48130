# A counter that forgets "global": UnboundLocalError in 3.11's wording
count = 0


def increment_fixed():
    global count
    count += 1
    return count


def make_counter():
    total = 0

    def step():
        nonlocal total
        total += 1
        return total

    return step


def broken_closure():
    def show():
        return later

    try:
        print(show())
    except NameError as e:
        print(type(e).__name__ + ":", e)
    later = "now set"
    print(show())


print(increment_fixed(), increment_fixed())
step = make_counter()
print(step(), step(), step())
broken_closure()


def increment():
    count += 1
    return count


try:
    increment()
except UnboundLocalError as e:
    print("caught:", e)
print(isinstance(UnboundLocalError("x"), NameError))
increment()
