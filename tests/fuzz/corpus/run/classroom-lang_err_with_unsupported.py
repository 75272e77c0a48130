# Using an object that is not a context manager in a with statement
class Timer:
    def start(self):
        print("started")

timer = Timer()
timer.start()
with timer:
    print("never printed")
