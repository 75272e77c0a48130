def move(x, y, x):
    return x + y
