def total():
    return 3

while total() = 3:
    break
