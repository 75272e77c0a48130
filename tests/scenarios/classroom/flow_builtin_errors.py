# The built-in exception messages a course meets, caught and printed
def show(fn):
    try:
        fn()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")

def greet(name, greeting="hi", *, loud=False):
    return greeting + name

class Dog:
    def __init__(self):
        self.name = "rex"
    def bark(self):
        return "woof"

numbers = [1, 2, 3]
ages = {"ann": 31}
show(lambda: numbers[5])
show(lambda: ages["bob"])
show(lambda: greet())
show(lambda: greet("a", "b", "c"))
show(lambda: greet("a", nme="x"))
show(lambda: greet("a", name="b"))
show(lambda: greet("a", loud=True, loud2=1))
show(lambda: Dog().nam)
show(lambda: Dog().brak())
show(lambda: nmbers)
show(lambda: int("12a"))
show(lambda: int("3.5"))
show(lambda: float("x"))
show(lambda: 1 / 0)
show(lambda: 1 // 0)
show(lambda: 5 % 0)
show(lambda: 2.0 / 0)
show(lambda: divmod(1, 0))
show(lambda: "a" + 1)
show(lambda: 1 + "a")
show(lambda: len(5))
show(lambda: None.append(1))
show(lambda: next(iter([])))
show(lambda: 2.0 ** 10000)
show(lambda: [].pop())
show(lambda: {}.popitem())
show(lambda: [1, 2].index(9))
show(lambda: "abc".index("z"))
show(lambda: (1, 2)[0].x)
show(lambda: hash([]))
show(lambda: sorted([1, "a"]))
show(lambda: Dog()())
show(lambda: Dog.bark())
show(lambda: "abc"[1] == "b" and "abc"[10])
def check(x):
    assert x > 0, f"x must be positive, got {x}"
show(lambda: check(-1))
def counter():
    total += 1
show(counter)
a, b = 1, 2
def unpack():
    a, b = [1, 2, 3]
show(unpack)
show(lambda: int(None))
show(lambda: abs("x"))
