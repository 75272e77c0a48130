# A generator pipeline built with yield from
def read_lines():
    lines = ["10", "x", "25", "", "7"]
    for line in lines:
        yield line

def numbers(lines):
    for line in lines:
        if line.isdigit():
            yield int(line)

def chunks(*sources):
    for source in sources:
        count = yield from source
        print("a source ended with", count)

def counted(items):
    n = 0
    for item in items:
        n += 1
        yield item
    return n

pipeline = chunks(counted(numbers(read_lines())), counted([100, 200]))
print(list(pipeline))

def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item

print(list(flatten([1, [2, [3, 4]], [], [[5]]])))

def delegate():
    result = yield from inner()
    print("inner returned", result)

def inner():
    received = yield "ready"
    print("inner received", received)
    return received * 2

d = delegate()
print(next(d))
try:
    d.send(21)
except StopIteration:
    print("delegate finished")
