# A binary min-heap priority queue written by hand, with (priority, order, task) entries
import sys


class PriorityQueue:
    def __init__(self):
        self._heap = []
        self._count = 0

    def push(self, priority, task):
        entry = (priority, self._count, task)
        self._count += 1
        heap = self._heap
        heap.append(entry)
        i = len(heap) - 1
        while i > 0:
            parent = (i - 1) // 2
            if heap[parent] <= heap[i]:
                break
            heap[parent], heap[i] = heap[i], heap[parent]
            i = parent

    def pop(self):
        heap = self._heap
        if not heap:
            raise IndexError("pop from empty priority queue")
        heap[0], heap[-1] = heap[-1], heap[0]
        smallest = heap.pop()
        i = 0
        while True:
            left, right, best = 2 * i + 1, 2 * i + 2, i
            if left < len(heap) and heap[left] < heap[best]:
                best = left
            if right < len(heap) and heap[right] < heap[best]:
                best = right
            if best == i:
                break
            heap[i], heap[best] = heap[best], heap[i]
            i = best
        return smallest[0], smallest[2]

    def __len__(self):
        return len(self._heap)

    def __bool__(self):
        return bool(self._heap)


pq = PriorityQueue()
for prio, task in [(3, "email"), (1, "fix bug"), (2, "review"), (1, "standup"), (5, "lunch"), (2, "deploy")]:
    pq.push(prio, task)
print(len(pq), pq._heap[0])
while pq:
    print(pq.pop())
try:
    pq.pop()
except IndexError as e:
    print("IndexError:", e)
print(sys.getsizeof(pq._heap), sys.getsizeof((1, 0, "x")))
nums = PriorityQueue()
for n in [9, 4, 7, 1, 8, 2]:
    nums.push(n, str(n))
print([nums.pop()[1] for _ in range(len(nums))])
