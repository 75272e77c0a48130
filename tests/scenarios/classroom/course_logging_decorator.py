# A @timer-style logging decorator that reports calls and results (with a fake clock)
clock = 0


def fake_time():
    global clock
    clock += 5
    return clock


def timer(func):
    def wrapper(*args, **kwargs):
        start = fake_time()
        arg_text = ", ".join([repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()])
        print(f"calling {func.__name__}({arg_text})")
        result = func(*args, **kwargs)
        elapsed = fake_time() - start
        print(f"{func.__name__} returned {result!r} in {elapsed} ticks")
        return result
    return wrapper


@timer
def add(a, b):
    return a + b


@timer
def shout(word, times=1):
    return (word.upper() + "!") * times


add(2, 3)
shout("hey", times=2)
print("total:", add(add(1, 1), 10))
