# assert: check what must be true while developing, caught here with AssertionError
def average(nums):
    assert len(nums) > 0, "list must not be empty"
    return sum(nums) / len(nums)


def set_grade(grade):
    assert 0 <= grade <= 100, f"grade {grade} out of range"
    return grade


print(average([90, 80, 70]))
try:
    average([])
except AssertionError as e:
    print("AssertionError:", e)

for g in [50, 100, 101, -1]:
    try:
        print("ok", set_grade(g))
    except AssertionError as e:
        print("caught:", e)

try:
    assert 1 + 1 == 3
except AssertionError as e:
    print("no message:", repr(e), e.args)
assert isinstance(average([1]), float)
print("all checks passed")
