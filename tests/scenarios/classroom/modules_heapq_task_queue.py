# A priority queue of tasks: heapq keeps the most urgent task at index 0
import heapq
import sys

todo = []
heapq.heappush(todo, (3, "write the report"))
heapq.heappush(todo, (1, "fix the server"))
heapq.heappush(todo, (4, "answer emails"))
heapq.heappush(todo, (2, "review the pull request"))
heapq.heappush(todo, (1, "call the customer"))

print("the heap is just a list:", type(todo).__name__, len(todo))
print("most urgent:", todo[0])
print("the list underneath:")
for entry in todo:
    print("   ", entry)

print("size of the list:", sys.getsizeof(todo))

print()
print("working through the queue:")
while todo:
    priority, task = heapq.heappop(todo)
    print(f"  [{priority}] {task}  ({len(todo)} left, list is {sys.getsizeof(todo)} bytes)")

# a new urgent task arrives while we work: heappushpop pushes and pops in one go
todo = [(2, "lunch"), (5, "tidy the desk")]
heapq.heapify(todo)
done = heapq.heappushpop(todo, (1, "restart the build"))
print()
print("done at once:", done)
print("still waiting:", todo)
done = heapq.heappushpop(todo, (9, "plan the party"))
print("done next:", done)
print("still waiting:", sorted(todo))
