# A common mistake: popping from a heap after the last task is gone
import heapq

tasks = []
heapq.heappush(tasks, (2, "tea"))
heapq.heappush(tasks, (1, "coffee"))

print(heapq.heappop(tasks))
print(heapq.heappop(tasks))
print("tasks left:", tasks)
print(heapq.heappop(tasks))
