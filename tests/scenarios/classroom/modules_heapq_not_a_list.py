# heapq works on lists only: a tuple of scores cannot be turned into a heap
import heapq

scores = (40, 10, 30, 20)
print(heapq.nsmallest(2, scores))
print(sorted(scores)[:2])
heapq.heapify(scores)
