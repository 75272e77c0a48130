# assert with a message, as a test would use it
def area(w, h):
    return w * h

assert area(2, 3) == 6
assert area(2, 3) == 5, "area(2, 3) should be 5"
