# Week 10: a text adventure as a state machine with match
rooms = {
    "hall": {"desc": "a dusty hall", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "shelves of old books", "exits": {"south": "hall"}, "items": ["key", "book"]},
    "kitchen": {"desc": "a cold kitchen", "exits": {"west": "hall", "down": "cellar"}, "items": []},
    "cellar": {"desc": "a dark cellar", "exits": {"up": "kitchen"}, "items": ["treasure"]},
}

state = {"room": "hall", "inventory": [], "moves": 0, "over": False}

def describe():
    room = rooms[state["room"]]
    exits = ", ".join(sorted(room["exits"]))
    items = ", ".join(room["items"]) or "nothing"
    print(f"You are in {room['desc']}. Exits: {exits}. You see: {items}.")

def handle(command):
    words = command.lower().split()
    match words:
        case []:
            print("Say something.")
        case ["look"] | ["l"]:
            describe()
        case ["go", direction] | [("north" | "south" | "east" | "west" | "up" | "down") as direction]:
            room = rooms[state["room"]]
            if direction not in room["exits"]:
                print(f"You can't go {direction}.")
                return
            target = room["exits"][direction]
            if target == "cellar" and "lamp" not in state["inventory"]:
                print("It is too dark to go down without a lamp.")
                return
            state["room"] = target
            state["moves"] += 1
            describe()
        case ["take", item]:
            room = rooms[state["room"]]
            if item in room["items"]:
                room["items"].remove(item)
                state["inventory"].append(item)
                print(f"Taken: {item}.")
            else:
                print(f"There is no {item} here.")
        case ["take", *many] if len(many) > 1:
            for item in many:
                handle(f"take {item}")
        case ["drop", item] if item in state["inventory"]:
            state["inventory"].remove(item)
            rooms[state["room"]]["items"].append(item)
            print(f"Dropped: {item}.")
        case ["drop", item]:
            print(f"You don't have {item}.")
        case ["inventory" | "i"]:
            print("You carry:", state["inventory"] or "nothing")
        case ["quit"]:
            state["over"] = True
            print("Bye.")
        case [verb, *_]:
            print(f"I don't know how to {verb!r}.")

script = [
    "look", "take lamp", "go north", "take key book", "take sword", "south",
    "east", "down", "take treasure", "i", "drop sword", "drop book", "dance wildly",
    "", "go west", "up", "quit", "look",
]
for line in script:
    if state["over"]:
        break
    print(f"> {line}")
    handle(line)

print(f"Finished in {state['moves']} moves carrying {len(state['inventory'])} items.")
score = {"treasure": 50, "key": 10, "lamp": 1}
print("Score:", sum(score.get(item, 0) for item in state["inventory"]))

def classify(event):
    match event:
        case {"type": "click", "pos": (x, y)} if x < 0 or y < 0:
            return "click off screen"
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k)} if len(k) == 1:
            return f"key {k!r}"
        case {"type": "key", **rest}:
            return f"special key {rest}"
        case {"type": t}:
            return f"unknown event {t}"
        case _:
            return "not an event"

for e in [{"type": "click", "pos": (3, 4)}, {"type": "click", "pos": (-1, 4)},
          {"type": "key", "key": "q"}, {"type": "key", "key": "F1", "mods": ["shift"]},
          {"type": "scroll"}, 42]:
    print(classify(e))
