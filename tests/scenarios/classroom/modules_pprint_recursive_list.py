# A list that contains itself: repr and pprint both notice the loop
import pprint

todo = ["buy milk", "write essay"]
todo.append(todo)
print(todo)
print(pprint.isrecursive(todo), pprint.isreadable(todo))
print(pprint.isrecursive(["plain", ["list"]]), pprint.isreadable(["plain", ["list"]]))
print(pprint.isreadable({"a": object()}))
print(pprint.saferepr({"numbers": [1, 2, 3], "nested": {"deep": (4, 5)}}))
try:
    pprint.PrettyPrinter(width=0)
except ValueError as err:
    print("ValueError:", err)
try:
    pprint.pprint([1, 2], depth=0)
except ValueError as err:
    print("ValueError:", err)
