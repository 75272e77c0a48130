# A misspelt keyword argument
def greet(name, *, greeting="Hello"):
    return greeting + ", " + name

print(greet("Ada"))
print(greet("Ada", greting="Hi"))
