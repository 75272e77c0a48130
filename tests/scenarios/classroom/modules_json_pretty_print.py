# Making JSON readable: indent, sort_keys and separators
import json

student = {
    "name": "Grace",
    "id": 1042,
    "courses": [
        {"code": "CS101", "grade": "A", "credits": 4},
        {"code": "MA201", "grade": "B+", "credits": 3},
    ],
    "address": {"city": "Arlington", "zip": "22201"},
    "clubs": [],
    "advisor": None,
}

print("compact:")
print(json.dumps(student))
print()
print("indent=2:")
print(json.dumps(student, indent=2))
print()
print("indent=4, sort_keys=True:")
print(json.dumps(student, indent=4, sort_keys=True))
print()
print("smallest possible:")
small = json.dumps(student, separators=(",", ":"))
print(small)
print(len(json.dumps(student)), "->", len(small), "characters")
print()
print("tabs:")
print(json.dumps(student["address"], indent="\t"))
print("indent=0 puts every item on its own line:")
print(json.dumps([1, [2, 3]], indent=0))
