# A traffic light and a tokenizer written as generators; generator states and sizes
import sys


def traffic_light():
    while True:
        yield "green"
        yield "yellow"
        yield "red"


def tokens(text):
    number = ""
    for ch in text:
        if ch.isdigit():
            number += ch
            continue
        if number:
            yield ("NUM", int(number))
            number = ""
        if ch in "+-*/()":
            yield ("OP", ch)
        elif not ch.isspace():
            raise SyntaxError(f"bad character {ch!r}")
    if number:
        yield ("NUM", int(number))


light = traffic_light()
print([next(light) for _ in range(7)])
print(list(tokens("12 + 3*(40-5)")))
try:
    list(tokens("1 + x"))
except SyntaxError as e:
    print("SyntaxError:", e)
gen = tokens("1+2")
print(gen.gi_running, gen.gi_suspended)
next(gen)
print(gen.gi_suspended)
print(list(gen), gen.gi_suspended)
print(sys.getsizeof(traffic_light()), sys.getsizeof(tokens("")))
squares = (x * x for x in range(3))
print(type(squares).__name__, squares.__name__, squares.__qualname__)
print(sys.getsizeof(squares), sys.getsizeof([x * x for x in range(3)]))
print(next(squares), list(squares), next(squares, "empty"))


def countdown(n):
    print("  starting countdown")
    while n > 0:
        yield n
        n -= 1
    print("  liftoff")


c = countdown(2)
print("created")
for v in c:
    print(v)
