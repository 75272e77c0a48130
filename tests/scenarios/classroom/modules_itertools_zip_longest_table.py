# Printing uneven columns side by side with itertools.zip_longest
from itertools import zip_longest

fruits = ["apple", "pear", "plum", "fig"]
vegetables = ["kale", "leek"]
nuts = ["almond", "pecan", "cashew"]

print(list(zip(fruits, vegetables, nuts)))          # zip stops early
for row in zip_longest(fruits, vegetables, nuts, fillvalue="-"):
    print(f"{row[0]:8}{row[1]:8}{row[2]:8}")

# the default fill value is None
print(list(zip_longest("ab", [1, 2, 3])))

# adding two number lists of different lengths, as on paper
a = [9, 9, 9]
b = [1, 2]
print([x + y for x, y in zip_longest(a, b, fillvalue=0)])


# chunks of 3, the last one padded
def chunks(items, size, pad=None):
    args = [iter(items)] * size
    return zip_longest(*args, fillvalue=pad)


print(list(chunks("abcdefgh", 3, "_")))
