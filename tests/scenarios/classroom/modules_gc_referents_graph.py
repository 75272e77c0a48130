# gc.get_referents: walk what an object refers to, as the collector does
import gc


class Person:
    def __init__(self, name):
        self.name = name
        self.friends = []


ann, bob, cy = Person("ann"), Person("bob"), Person("cy")
ann.friends += [bob, cy]
bob.friends.append(ann)

seen = set()
order = []
todo = [ann]
while todo:
    p = todo.pop(0)
    if id(p) in seen:
        continue
    seen.add(id(p))
    order.append(p.name)
    for ref in gc.get_referents(p.friends):
        todo.append(ref)
print("reachable from ann:", order)

print("referents of a tuple:", gc.get_referents((1, "two", 3.0)))
print("referents of a dict:", sorted(map(str, gc.get_referents({"k": "v"}))))
print("of an int:", gc.get_referents(7))
print("referrers of cy:", len(gc.get_referrers(cy)))
