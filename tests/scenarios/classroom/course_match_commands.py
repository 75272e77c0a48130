# match on a command: split text into words and match the list patterns
def run(command):
    match command.split():
        case ["quit"] | ["exit"]:
            return "Goodbye!"
        case ["go", direction] if direction in ("north", "south", "east", "west"):
            return f"You walk {direction}."
        case ["go", _]:
            return "You can't go that way."
        case ["take", item]:
            return f"You pick up the {item}."
        case ["take", *items]:
            return f"You pick up {len(items)} things: {', '.join(items)}."
        case ["say", *words]:
            return " ".join(words).upper()
        case []:
            return "Say something."
        case [verb, *_]:
            return f"I don't know how to {verb}."


for cmd in ["go north", "go up", "take lamp", "take key coin map", "say hello there", "", "dance wildly", "quit"]:
    print(f"> {cmd}")
    print(run(cmd))

for value in [1, "one", 1.0, [1], None]:
    match value:
        case int():
            print(value, "int")
        case str() as s:
            print(s, "str")
        case _:
            print(value, "something else")
