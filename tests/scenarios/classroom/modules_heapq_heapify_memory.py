# heapify rearranges a list in place: same list, same size, same objects
import heapq
import sys

marks = [55, 91, 23, 78, 64, 12, 87, 40]
before = sys.getsizeof(marks)
same_list = marks
heapq.heapify(marks)
print("heap:", marks)
print("same object:", same_list is marks)
print("size unchanged:", before == sys.getsizeof(marks), before)

# the heap property: every parent is <= its children
ok = all(marks[i] <= marks[c] for i in range(len(marks))
         for c in (2 * i + 1, 2 * i + 2) if c < len(marks))
print("heap property holds:", ok)

# a pushed object is referenced by the heap, not copied
job = ["backup", 0]
print("refs to job before push:", sys.getrefcount(job))
jobs = []
heapq.heappush(jobs, (2, job))
print("refs to job in the heap:", sys.getrefcount(job))
entry = jobs[0]
print("the entry is a tuple of", sys.getsizeof(entry), "bytes")
del entry
priority, popped = heapq.heappop(jobs)
print("popped is job:", popped is job)
del popped
print("refs after pop:", sys.getrefcount(job))

# the list grows and shrinks like any list
h = []
sizes = []
for n in range(10):
    heapq.heappush(h, n * n)
    sizes.append(sys.getsizeof(h))
print("sizes while pushing:", sizes)
sizes = []
while h:
    heapq.heappop(h)
    sizes.append(sys.getsizeof(h))
print("sizes while popping:", sizes)

# heapreplace pops first, then pushes: the list never changes size
h = [5, 7, 9]
print(heapq.heapreplace(h, 1), h, sys.getsizeof(h))
