# Objects you can call like functions: __call__ makes instances callable.
# A counter that remembers how many times it was called.

class CallCounter:
    def __init__(self, func):
        self.func = func
        self.calls = 0

    def __call__(self, *args):
        self.calls += 1
        return self.func(*args)


def square(x):
    return x * x


counted = CallCounter(square)
print(counted(3), counted(4), counted(5))
print("calls so far:", counted.calls)
print("callable(counted):", callable(counted))
print("callable(square):", callable(square))
print("callable(42):", callable(42))


class Adder:
    def __init__(self, n):
        self.n = n

    def __call__(self, x):
        return x + self.n


add10 = Adder(10)
print([add10(n) for n in [1, 2, 3]])
print("callable(add10):", callable(add10))

class NotCallable:
    pass


try:
    NotCallable()()
except TypeError as e:
    print("TypeError:", e)
