# A singly linked list built from Node objects
class Node:
    def __init__(self, data, next=None):
        self.data = data
        self.next = next


class LinkedList:
    def __init__(self):
        self.head = None
        self.size = 0

    def push_front(self, data):
        self.head = Node(data, self.head)
        self.size += 1

    def append(self, data):
        new = Node(data)
        if self.head is None:
            self.head = new
        else:
            cur = self.head
            while cur.next is not None:
                cur = cur.next
            cur.next = new
        self.size += 1

    def reverse(self):
        prev = None
        cur = self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev

    def __str__(self):
        parts = []
        cur = self.head
        while cur:
            parts.append(str(cur.data))
            cur = cur.next
        return " -> ".join(parts) + " -> None"


lst = LinkedList()
for n in [3, 5, 7]:
    lst.append(n)
lst.push_front(1)
print(lst, "size", lst.size)
lst.reverse()
print("reversed:", lst)
