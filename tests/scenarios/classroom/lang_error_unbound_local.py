# UnboundLocalError: assigning to a global's name inside a function, left uncaught
counter = 0

def show():
    print("counter is", counter)

def increment():
    counter = counter + 1
    return counter

show()
increment()
