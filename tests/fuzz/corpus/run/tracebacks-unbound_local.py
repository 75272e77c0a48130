# Assigning to a global name inside a function without `global`
count = 0

def increment():
    count += 1

increment()
