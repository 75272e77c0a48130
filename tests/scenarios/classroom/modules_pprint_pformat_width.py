# pformat gives the pretty text as a string; width decides where lines break
import pprint
import sys

squares = {n: n * n for n in range(1, 13)}
for width in (80, 40, 20):
    text = pprint.pformat(squares, width=width)
    lines = text.splitlines()
    print(f"width {width}: {len(lines)} lines, longest {max(len(l) for l in lines)}")
    print(text)

numbers = list(range(30))
print(pprint.pformat(numbers, width=40))
print(pprint.pformat(numbers, width=40, compact=True))
print(pprint.pformat(numbers, width=40, indent=4, compact=True))

text = pprint.pformat(squares)
print(type(text).__name__, len(text), sys.getsizeof(text))
print(pprint.pformat(10**12, underscore_numbers=True), pprint.pformat([10**6, 2**20], underscore_numbers=True))
