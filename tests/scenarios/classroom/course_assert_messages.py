# assert with messages: what a failed check tells the student
def mean(xs):
    assert len(xs) > 0, "mean of empty list"
    return sum(xs) / len(xs)

def check_age(age):
    assert isinstance(age, int), f"age must be int, got {type(age).__name__}"
    assert 0 <= age < 150, ("age out of range", age)
    return age

for args in ([1, 2, 3], []):
    try:
        print(mean(args))
    except AssertionError as e:
        print("AssertionError:", e, e.args)
for a in (30, "30", 200):
    try:
        print(check_age(a))
    except AssertionError as e:
        print("AssertionError:", e)
try:
    assert 1 + 1 == 3
except AssertionError as e:
    print("bare:", repr(e), e.args)

def safe_divide(a, b):
    assert b != 0, f"cannot divide {a} by zero"
    return a / b
print(safe_divide(7, 2))
try:
    safe_divide(1, 0)
except AssertionError as e:
    print(type(e).__name__, e)
scores = [88, 92, 105]
for s in scores:
    try:
        assert 0 <= s <= 100, f"score {s} out of range"
        print("ok", s)
    except AssertionError as e:
        print("bad:", e)
assert all(isinstance(s, int) for s in scores), "scores must be ints"
assert len(scores) == 4, f"expected 4 scores, got {len(scores)}"
