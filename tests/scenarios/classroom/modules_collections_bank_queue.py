# A bank queue: customers as namedtuples waiting in a deque, served by tellers
from collections import deque, namedtuple, Counter

Customer = namedtuple("Customer", "name arrival task")

arrivals = [
    Customer("Ana", 0, "deposit"),
    Customer("Ben", 1, "withdraw"),
    Customer("Cai", 1, "deposit"),
    Customer("Dee", 3, "loan"),
    Customer("Eli", 4, "deposit"),
]
duration = {"deposit": 2, "withdraw": 1, "loan": 4}

waiting = deque()
served = []
clock = 0
pending = deque(arrivals)
busy_until = 0
while pending or waiting:
    while pending and pending[0].arrival <= clock:
        waiting.append(pending.popleft())
    if waiting and clock >= busy_until:
        c = waiting.popleft()
        busy_until = clock + duration[c.task]
        served.append((c.name, clock - c.arrival))
        print(f"t={clock}: serving {c.name} ({c.task}), waited {clock - c.arrival}")
    clock += 1

print(served)
print("average wait:", sum(w for _, w in served) / len(served))
print(Counter(c.task for c in arrivals).most_common())
longest = max(served, key=lambda s: s[1])
print("longest wait:", longest)
