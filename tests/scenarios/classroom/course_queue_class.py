# A Queue class with two lists (in-box and out-box), used for a print queue
class Queue:
    def __init__(self):
        self.inbox = []
        self.outbox = []

    def enqueue(self, item):
        self.inbox.append(item)

    def dequeue(self):
        if not self.outbox:
            while self.inbox:
                self.outbox.append(self.inbox.pop())
        return self.outbox.pop()

    def __len__(self):
        return len(self.inbox) + len(self.outbox)

    def __bool__(self):
        return len(self) > 0


q = Queue()
for job in ["report.pdf", "photo.png", "essay.docx"]:
    q.enqueue(job)
    print("queued", job, "- jobs waiting:", len(q))
print("printing", q.dequeue())
q.enqueue("slides.pptx")
while q:
    print("printing", q.dequeue())
print("queue empty:", not q)
