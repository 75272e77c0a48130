# continue, break and return leaving with blocks and finally clauses
class CM:
    def __init__(self, n): self.n = n
    def __enter__(self): print("enter", self.n); return self.n
    def __exit__(self, *a): print("exit", self.n, a[0].__name__ if a[0] else None); return False
def gen():
    for i in range(3):
        with CM(i) as v:
            try:
                if v == 1:
                    continue
                yield v
            finally:
                print("finally", v)
print(list(gen()))
def f():
    for i in range(3):
        try:
            with CM(i):
                with CM(i * 10):
                    if i == 1:
                        return "ret"
        finally:
            print("outer finally", i)
print(f())
def h():
    while True:
        with CM("w"):
            try:
                raise ValueError("x")
            except ValueError:
                break
    return "h done"
print(h())
def k():
    try:
        with CM("k"):
            raise KeyError("boom")
    except KeyError as e:
        return repr(e)
print(k())
def m():
    try:
        return "try"
    finally:
        return "finally wins"
print(m())
