# Sequence patterns: fixed length, star captures, nesting, and what they cost
import sys


def parts(seq):
    match seq:
        case []:
            return "empty"
        case [only]:
            return "one: " + repr(only)
        case [first, second]:
            return "pair: " + repr(first) + " " + repr(second)
        case [first, *_, last]:
            return "from " + repr(first) + " to " + repr(last)


for s in [[], [1], (1, 2), [1, 2, 3], range(5), (x * x for x in range(3)), "abc"]:
    try:
        print(parts(s))
    except TypeError as e:
        print("TypeError", e)

matrix = [[1, 2], [3, 4]]
match matrix:
    case [[a, b], [c, d]]:
        print("determinant", a * d - b * c)

numbers = list(range(20))
match numbers:
    case [head, *tail]:
        print(head, len(tail), sys.getsizeof(tail), sys.getsizeof(numbers))
match tuple(numbers):
    case (*init, last):
        print(last, len(init), type(init).__name__, sys.getsizeof(init))
match numbers:
    case [a, b, *middle, y, z]:
        print(a, b, y, z, len(middle), sys.getsizeof(middle))
