# A menu loop driven by a list of choices instead of input()
inventory = {"apple": 3, "pear": 0}
choices = ["list", "add kiwi 4", "add apple 2", "remove pear", "remove mango",
           "sell apple 10", "sell apple 1", "help", "list", "quit", "list"]

def do_list():
    for name, qty in sorted(inventory.items()):
        print(f"    {name:<6} {qty:>3}")

def do_add(name, qty):
    inventory[name] = inventory.get(name, 0) + int(qty)

def do_remove(name):
    del inventory[name]

def do_sell(name, qty):
    qty = int(qty)
    if inventory[name] < qty:
        raise ValueError(f"only {inventory[name]} {name} left")
    inventory[name] -= qty

COMMANDS = {"list": do_list, "add": do_add, "remove": do_remove, "sell": do_sell}

for choice in choices:
    print(">", choice)
    word, *args = choice.split()
    if word == "quit":
        print("  goodbye")
        break
    handler = COMMANDS.get(word)
    if handler is None:
        print("  commands:", ", ".join(sorted(COMMANDS)))
        continue
    try:
        handler(*args)
    except KeyError as e:
        print("  no such item:", e)
    except ValueError as e:
        print("  cannot sell:", e)
    else:
        print("  ok")
else:
    print("never printed: the loop ended with break")
print(inventory)
