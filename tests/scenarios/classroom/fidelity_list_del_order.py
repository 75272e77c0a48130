# When a list lets go of its items, which __del__ runs first?
import sys


class Ticket:
    def __init__(self, number):
        self.number = number

    def __del__(self):
        print("  ticket", self.number, "freed")


print("del queue[:]")
queue = [Ticket(1), Ticket(2), Ticket(3)]
del queue[:]
print("queue.clear()")
queue = [Ticket(4), Ticket(5), Ticket(6)]
queue.clear()
print("del queue[1:3]")
queue = [Ticket(7), Ticket(8), Ticket(9), Ticket(10)]
del queue[1:3]
print("del queue[::2]")
queue = [Ticket(11), Ticket(12), Ticket(13), Ticket(14)]
del queue[::2]
print("rebinding the name")
queue = None
print("a tuple")
pair = (Ticket(15), Ticket(16))
del pair
print("a dict")
desk = {"a": Ticket(17), "b": Ticket(18)}
del desk

print("sizes while popping")
numbers = list(range(20))
last = sys.getsizeof(numbers)
print(len(numbers), last)
while numbers:
    numbers.pop()
    size = sys.getsizeof(numbers)
    if size != last:
        print(len(numbers), size)
        last = size
numbers = list(range(20))
del numbers[5:]
print("kept 5:", sys.getsizeof(numbers))
