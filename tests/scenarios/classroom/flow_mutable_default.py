# The mutable default argument trap and how to avoid it
def add_item(item, basket=[]):
    basket.append(item)
    return basket

print(add_item("apple"))
print(add_item("pear"))
print(add_item("fig", []))
print(add_item("plum"))
print(add_item.__defaults__)
print(add_item.__defaults__[0] is add_item("x"))

def add_item_safe(item, basket=None):
    if basket is None:
        basket = []
    basket.append(item)
    return basket

print(add_item_safe("apple"), add_item_safe("pear"))
print(add_item_safe.__defaults__)

def register(name, registry={}):
    registry[name] = len(registry)
    return registry

register("a")
register("b")
print(register("c"))

def stamp(value, when=len("now")):
    return (value, when)

print(stamp(1), stamp.__defaults__)

def counter(start=0, *, step=1, _state={"calls": 0}):
    _state["calls"] += 1
    return start + step, _state["calls"]

print(counter(), counter(5), counter(step=10))
print(counter.__kwdefaults__)
