# A queue built from linked nodes, with reference counts showing who holds a node
import sys


class Node:
    def __init__(self, data):
        self.data = data
        self.next = None


class Queue:
    def __init__(self):
        self.front = None
        self.back = None
        self.length = 0

    def enqueue(self, data):
        node = Node(data)
        if self.back is None:
            self.front = self.back = node
        else:
            self.back.next = node
            self.back = node
        self.length += 1

    def dequeue(self):
        if self.front is None:
            raise IndexError("dequeue from empty queue")
        node = self.front
        self.front = node.next
        if self.front is None:
            self.back = None
        self.length -= 1
        return node.data

    def __iter__(self):
        node = self.front
        while node is not None:
            yield node.data
            node = node.next

    def __len__(self):
        return self.length


q = Queue()
for job in ["print", "scan", "copy"]:
    q.enqueue(job)
print(list(q), len(q))
print(sys.getrefcount(q.front), sys.getrefcount(q.back))
only = Queue()
only.enqueue("solo")
print(sys.getrefcount(only.front), only.front is only.back)
print(q.dequeue(), q.dequeue(), list(q))
print(q.dequeue(), len(q), q.front, q.back)
try:
    q.dequeue()
except IndexError as e:
    print("IndexError:", e)
n = Node("x")
print(sys.getsizeof(n), sys.getsizeof(vars(n)), sorted(vars(n)))
