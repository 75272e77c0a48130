# match on text commands: literals, captures, OR patterns, guards, star
def handle(command):
    match command.split():
        case ["quit"] | ["exit"]:
            return "bye"
        case ["go", direction] if direction in ("north", "south", "east", "west"):
            return f"walking {direction}"
        case ["go", other]:
            return f"cannot go {other}"
        case ["take", *items] if items:
            return "taking " + ", ".join(items)
        case ["take"]:
            return "take what?"
        case ["say", *words]:
            return " ".join(words).upper()
        case [number] if number.isdigit():
            return f"number {int(number) * 2}"
        case []:
            return "empty command"
        case _:
            return f"unknown: {command!r}"

script = ["go north", "go up", "take lamp key", "take", "say hello there",
          "42", "", "dance wildly", "exit"]
for line in script:
    print(f"{line!r:18} -> {handle(line)}")

def http_status(code):
    match code:
        case 200 | 201:
            return "ok"
        case 404:
            return "not found"
        case int(n) if 500 <= n < 600:
            return "server error"
        case str():
            return "not a number"
        case None:
            return "missing"
        case _:
            return "other"

print([http_status(c) for c in (200, 201, 404, 503, "x", None, 302)])
