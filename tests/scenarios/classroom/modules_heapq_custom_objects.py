# Putting your own objects in a heap: heapq compares them with <
import heapq
import sys


class Patient:
    def __init__(self, name, severity):
        self.name = name
        self.severity = severity

    def __lt__(self, other):
        # the most severe case comes first
        return self.severity > other.severity

    def __repr__(self):
        return f"Patient({self.name!r}, {self.severity})"


waiting_room = []
for name, severity in [("Ann", 2), ("Ben", 5), ("Cas", 3), ("Dot", 5), ("Eve", 1)]:
    heapq.heappush(waiting_room, Patient(name, severity))

print("next in:", waiting_room[0])
print("instance size:", sys.getsizeof(waiting_room[0]))
order = []
while waiting_room:
    order.append(heapq.heappop(waiting_room).name)
print("treatment order:", order)


class Loud:
    comparisons = 0

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        Loud.comparisons += 1
        return self.v < other.v


items = [Loud(v) for v in [9, 2, 7, 4, 1, 8]]
heapq.heapify(items)
print("heapify compared", Loud.comparisons, "times; smallest", items[0].v)
Loud.comparisons = 0
heapq.heappop(items)
print("heappop compared", Loud.comparisons, "times; now smallest", items[0].v)

# objects without an order cannot share a heap
try:
    heapq.heappush([object()], object())
except TypeError as e:
    print("TypeError:", e)
try:
    heapq.heappush([1, 2], "three")
except TypeError as e:
    print("TypeError:", e)
