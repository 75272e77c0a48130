# The mutable default argument pitfall, and the None idiom that fixes it
def add_item(item, basket=[]):
    basket.append(item)
    return basket

a = add_item("apple")
b = add_item("bread")
print(a, b, a is b, add_item.__defaults__)

def add_item_fixed(item, basket=None):
    if basket is None:
        basket = []
    basket.append(item)
    return basket

c = add_item_fixed("apple")
d = add_item_fixed("bread")
print(c, d, c is d, add_item_fixed.__defaults__)

def count_words(text, counts={}):
    for w in text.split():
        counts[w] = counts.get(w, 0) + 1
    return counts

print(count_words("a b a"))
print(count_words("b c"))
print(count_words.__defaults__[0] is count_words("")) 

class Team:
    def __init__(self, name, members=[]):
        self.name = name
        self.members = members

    def join(self, person):
        self.members.append(person)

red = Team("red")
blue = Team("blue")
red.join("ann")
print(blue.members, red.members is blue.members)

class TeamFixed:
    def __init__(self, name, members=None):
        self.name = name
        self.members = list(members) if members is not None else []

x = TeamFixed("x")
y = TeamFixed("y", ["bo"])
x.members.append("cy")
print(x.members, y.members)

def stamp(value, seen=set()):
    fresh = value not in seen
    seen.add(value)
    return fresh

print([stamp(v) for v in [1, 2, 1, 3, 2]])
def defaults_evaluated_once(n=[0]):
    n[0] += 1
    return n[0]
print(defaults_evaluated_once(), defaults_evaluated_once(), defaults_evaluated_once([10]))
