# Memory lesson: generators are small objects that remember their frame
import sys

def squares_list(n):
    return [i * i for i in range(n)]

def squares_gen(n):
    for i in range(n):
        yield i * i

for n in (10, 1000, 100000):
    lst = squares_list(n)
    gen = squares_gen(n)
    print(f"n={n:>6}: list {sys.getsizeof(lst):>7} bytes, generator {sys.getsizeof(gen)} bytes")

expr = (x for x in range(10))
print("generator expression:", sys.getsizeof(expr), type(expr).__name__)
print("sum of the generator:", sum(squares_gen(1000)), "same as list:", sum(squares_list(1000)))

def with_locals(n):
    a = b = c = d = 0
    for i in range(n):
        a, b, c, d = b, c, d, i
        yield a

small = squares_gen(3)
bigger = with_locals(3)
print("more locals, bigger frame:", sys.getsizeof(bigger) > sys.getsizeof(small))

g = squares_gen(3)
print(g.gi_running, g.gi_frame is not None, g.gi_frame.f_lineno)
print(next(g), g.gi_frame.f_locals)
print(list(g), g.gi_frame)

def pipeline_stage(source, label):
    for item in source:
        yield f"{label}({item})"

stages = iter(range(3))
for name in "abc":
    stages = pipeline_stage(stages, name)
print(list(stages))

big = [str(i) for i in range(50)]
before = sys.getrefcount(big)
walker = (s for s in big)
print("generator keeps its iterable alive:", sys.getrefcount(big) - before)
next(walker)
del walker
print("after del:", sys.getrefcount(big) - before)

def infinite():
    n = 0
    while True:
        yield n
        n += 1

inf = infinite()
print([next(inf) for _ in range(5)], sys.getsizeof(inf))
inf.close()
print(inf.gi_frame, next(inf, "closed"))

def noisy():
    try:
        yield 1
        yield 2
    finally:
        print("  generator cleaned up")

n = noisy()
print(next(n))
del n
print("after del")
print(sys.getsizeof(iter([])), sys.getsizeof(iter(range(5))), sys.getsizeof(iter("abc")),
      sys.getsizeof(iter({})), sys.getsizeof(enumerate([])), sys.getsizeof(zip()), sys.getsizeof(map(len, [])))
