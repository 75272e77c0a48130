# The global statement: a function that updates a module-level counter
counter = 0
history = []


def increment():
    global counter
    counter += 1


def record(item):
    history.append(item)


def reset():
    global counter, history
    counter = 0
    history = []


def shadow():
    counter = 99
    return counter


for _ in range(5):
    increment()
print("counter:", counter)
record("a")
record("b")
print("history:", history)
print("shadow returns", shadow(), "but counter is", counter)
reset()
print("after reset:", counter, history)


def create_global():
    global created
    created = "made inside a function"


create_global()
print(created)
print("counter" in globals(), globals()["counter"])
