# functools.reduce folds a sequence into one value, two items at a time
from functools import reduce
import operator

numbers = [3, 7, 2, 9, 4]

product = reduce(operator.mul, numbers)
print("product of", numbers, "=", product)


def bigger(a, b):
    print("  comparing", a, "and", b)
    return a if a > b else b


print("max by reduce:", reduce(bigger, numbers))

# the same fold by hand
acc = numbers[0]
for n in numbers[1:]:
    acc = acc * n
print("by hand:", acc)

# a start value: what an empty sequence gives back
print("sum with start 100:", reduce(operator.add, numbers, 100))
print("empty with start:", reduce(operator.add, [], 0))

# factorial as a fold
print("10! =", reduce(operator.mul, range(1, 11)))

# strings fold too
words = ["memory", "is", "managed"]
print(reduce(lambda a, b: a + " " + b, words))

try:
    reduce(operator.add, [])
except TypeError as err:
    print("TypeError:", err)
