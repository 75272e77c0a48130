# A generator pipeline that fails in the middle: the traceback passes through generators
def numbers(text):
    for token in text.split(","):
        yield int(token)


def running_total(values):
    total = 0
    for v in values:
        total += v
        yield total


def report(totals):
    for i, t in enumerate(totals, 1):
        print(f"after {i}: {t}")


report(running_total(numbers("4,8,15")))
report(running_total(numbers("16,23,forty-two")))
