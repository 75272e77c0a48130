# print_report(**fields): any keyword arguments arrive in a new dict
import sys

def print_report(title, **fields):
    print("==", title, "==")
    for name, value in fields.items():
        print(name, ":", value)
    print("fields is a", type(fields).__name__, "of", len(fields), "entries")
    print("refs to the dict:", sys.getrefcount(fields))

print_report("Student", name="Ada", grade=17, passed=True)
print_report("Empty")

info = {"city": "Paris", "zip": "75001"}
print_report("Address", **info)
print_report("Merged", country="France", **info)
print("info is unchanged:", info)

def sizes(**kw):
    return sys.getsizeof(kw)

print(sizes(), sizes(a=1), sizes(a=1, b=2, c=3, d=4, e=5, f=6))

try:
    print_report("Twice", city="Lyon", **info)
except TypeError as e:
    print("TypeError:", e)
