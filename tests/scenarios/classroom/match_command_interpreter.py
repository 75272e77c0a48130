# A text adventure's command loop: match the words of each command
room = "hall"
inventory = []
exits = {"hall": ["north", "east"], "kitchen": ["south"], "garden": ["west"]}
moves = {("hall", "north"): "kitchen", ("kitchen", "south"): "hall",
         ("hall", "east"): "garden", ("garden", "west"): "hall"}


def handle(command):
    global room
    match command.split():
        case ["go", direction] if direction in exits[room]:
            room = moves[(room, direction)]
            return "You go " + direction + " to the " + room + "."
        case ["go", direction]:
            return "You can't go " + direction + " from the " + room + "."
        case ["go"]:
            return "Go where?"
        case ["take", item]:
            inventory.append(item)
            return "Taken: " + item
        case ["take", first, *others]:
            inventory.append(first)
            inventory.extend(others)
            return "Taken " + str(1 + len(others)) + " things."
        case ["drop", item] if item in inventory:
            inventory.remove(item)
            return "Dropped " + item
        case ["drop", _]:
            return "You don't have that."
        case ["inventory"] | ["inv"] | ["i"]:
            return "You carry: " + (", ".join(inventory) if inventory else "nothing")
        case ["look"]:
            return "You are in the " + room + ". Exits: " + " ".join(exits[room])
        case ["quit"] | ["exit"]:
            return "Bye!"
        case []:
            return "Please type a command."
        case [verb, *_]:
            return "I don't know how to " + verb + "."


script = ["look", "go west", "go north", "take spoon", "take fork knife plate",
          "inventory", "drop fork", "drop hat", "go", "go south", "go east", "i",
          "", "dance", "quit"]
for line in script:
    print(">", line)
    print(handle(line))
