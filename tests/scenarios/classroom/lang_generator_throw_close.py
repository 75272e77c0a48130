# Throwing into a generator, and closing it
def worker(name):
    print(name, "starts")
    try:
        while True:
            try:
                task = yield
                print(name, "does", task)
            except ValueError as e:
                print(name, "skips a bad task:", e)
    except GeneratorExit:
        print(name, "was asked to stop")
        raise
    finally:
        print(name, "cleans up")

w = worker("w1")
next(w)
w.send("wash")
w.throw(ValueError("no soap"))
w.send("dry")
w.close()
w.close()
print("closing twice is fine")

def manager():
    try:
        yield from worker("w2")
    finally:
        print("manager cleans up")

m = manager()
next(m)
m.send("sweep")
m.throw(ValueError("no broom"))
m.close()

fresh = worker("w3")
fresh.close()
print("a generator never started runs nothing on close")

def limited():
    yield 1
    yield 2

lim = limited()
print(next(lim))
try:
    lim.throw(KeyError("stop"))
except KeyError as e:
    print("the generator passed it on:", repr(e))
print(list(lim))
