# A student meets UnboundLocalError (3.11 wording) and an uncaught one
total = 10

def show_total():
    print("total is", total)

def add_to_total(n):
    print("adding", n)
    total = total + n
    return total

show_total()
try:
    add_to_total(5)
except UnboundLocalError as e:
    print("caught:", e)

def later_assignment(flag):
    if flag:
        message = "set"
    return message

print(later_assignment(True))
try:
    later_assignment(False)
except UnboundLocalError as e:
    print("caught:", e)

def deleted():
    x = 1
    del x
    return x

deleted()
