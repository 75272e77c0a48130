# Printing a nested dictionary so a person can read it: pprint
import pprint

school = {
    "name": "Riverside High",
    "founded": 1962,
    "departments": {
        "science": {"head": "Dr. Okafor", "rooms": [101, 102, 105], "budget": 12500.0},
        "maths": {"head": "Ms. Lindqvist", "rooms": [201, 202], "budget": 8300.0},
        "art": {"head": "Mr. Tanaka", "rooms": [], "budget": 2100.5},
    },
    "clubs": ("chess", "robotics", "drama"),
}

print("print():")
print(school)
print()
print("pprint.pprint():")
pprint.pprint(school)
print()
print("narrower, keys in insertion order:")
pprint.pprint(school, width=50, sort_dicts=False)
print()
print("only two levels deep:")
pprint.pprint(school, depth=2)
