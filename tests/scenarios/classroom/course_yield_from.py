# yield from: delegate to a sub-generator, e.g. to flatten nested lists
def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


def chain(*iterables):
    for it in iterables:
        yield from it


def inner():
    yield 1
    yield 2
    return "inner done"


def outer():
    result = yield from inner()
    print("inner returned:", result)
    yield 3


nested = [1, [2, 3, [4, 5]], [[6]], 7]
print(list(flatten(nested)))
print(list(chain("ab", [1, 2], range(3))))
for value in outer():
    print("value", value)
