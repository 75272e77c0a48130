# A typo in a module attribute: "Did you mean" works for modules too
import sys

data = [1, 2, 3]
print(sys.getrefcount(data) > 0)
alias = data
print(len(alias), alias is data)
try:
    data.apend(4)
except AttributeError as e:
    print("caught:", e)
data.append(4)
print(data)
print(sys.getrefcont(data))
