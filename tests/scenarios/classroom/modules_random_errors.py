# The errors the random module raises on bad arguments.
import random

random.seed(0)

checks = [
    ("choice([])", lambda: random.choice([])),
    ("randint(5, 1)", lambda: random.randint(5, 1)),
    ("randrange(0)", lambda: random.randrange(0)),
    ("randrange(1, 10, 0)", lambda: random.randrange(1, 10, 0)),
    ("randrange(1.5)", lambda: random.randrange(1.5)),
    ("sample([1, 2], 3)", lambda: random.sample([1, 2], 3)),
    ("choices([1], [0])", lambda: random.choices([1], [0])),
    ("getrandbits(-1)", lambda: random.getrandbits(-1)),
    ("seed([1, 2])", lambda: random.seed([1, 2])),
    ("gauss('a')", lambda: random.gauss("a")),
]
for text, call in checks:
    try:
        print(text, "->", call())
    except (ValueError, IndexError, TypeError) as err:
        print(text, "->", type(err).__name__ + ":", err)

print(random.randint(5, 5), random.randrange(3, 4), random.choice("x"))
# an empty deck ends the script
deck = []
print(random.choice(deck))
