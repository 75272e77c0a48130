# assert with and without a message
def average(grades):
    assert len(grades) > 0, "no grades given"
    return sum(grades) / len(grades)

print(average([12, 15, 18]))
try:
    average([])
except AssertionError as e:
    print("AssertionError:", e)

def check_positive(x):
    assert x > 0
    return x

try:
    check_positive(-5)
except AssertionError as e:
    print("empty message:", repr(e), e.args)
