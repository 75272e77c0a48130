# A counter made with a closure and nonlocal; a global setting
import sys

def make_counter(start=0, *, step=1):
    count = start
    def increment():
        nonlocal count
        count += step
        return count
    def reset():
        nonlocal count
        count = start
    return increment, reset

tick, reset = make_counter()
print(tick(), tick(), tick())
reset()
print(tick())
by_ten, _ = make_counter(100, step=10)
print(by_ten(), by_ten())
print(tick.__closure__ is None)

debug = False

def enable_debug():
    global debug
    debug = True

def outer():
    level = "outer"
    def middle():
        def inner():
            nonlocal level
            level = "changed by inner"
        inner()
    middle()
    return level

enable_debug()
print("debug:", debug)
print(outer())
