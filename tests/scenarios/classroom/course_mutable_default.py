# The mutable default argument pitfall: the default list is made once, at def time
def add_student(name, roster=[]):
    roster.append(name)
    return roster


print(add_student("Ana"))
print(add_student("Ben"))
print(add_student("Cy", ["Zed"]))
print(add_student("Dee"))
print(add_student.__defaults__)


def add_student_fixed(name, roster=None):
    if roster is None:
        roster = []
    roster.append(name)
    return roster


print(add_student_fixed("Ana"))
print(add_student_fixed("Ben"))


def counter(memo={"calls": 0}):
    memo["calls"] += 1
    return memo["calls"]


print(counter(), counter(), counter())
first = add_student("Eve")
second = add_student("Fin")
print(first is second, first)
