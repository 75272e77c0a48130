# "is" compares identity: Python warns when one side is a literal
x = 1000
y = 999 + 1
print(x == y)
if x is 1000:
    print("same object (the compiler shared the constant)")
else:
    print("different objects")
name = "".join(["a", "b"])
print(name is "ab", name == "ab")
print(None is None, x is not None)
values = [1, 2, 3]
print(values is [1, 2, 3], values == [1, 2, 3])
print(() is (), x is not 5)
