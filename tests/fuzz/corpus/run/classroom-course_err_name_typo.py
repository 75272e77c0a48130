# Misspelling a variable name: NameError, with a "Did you mean" hint
prices = [3, 5, 2, 8]
total = 0
for p in prices:
    total += p
print("total:", total)


def show():
    print("inside show, total is", total)


show()
count = len(prices)
print("average:", total / count)
print("average again:", totl / count)
