# A JSON-like event router: mapping patterns, nested patterns and **rest
import sys


def route(event):
    match event:
        case {"type": "click", "pos": (x, y), **extra}:
            return "click at " + str(x) + "," + str(y) + " extra=" + str(extra)
        case {"type": "key", "key": "q" | "Q"}:
            return "quit requested"
        case {"type": "key", "key": str(k)} if len(k) == 1:
            return "typed " + k
        case {"type": "key"}:
            return "special key"
        case {"type": "scroll", "amount": int(n)} if n < 0:
            return "scroll up " + str(-n)
        case {"type": "scroll", "amount": int(n)}:
            return "scroll down " + str(n)
        case {"type": "batch", "events": [*events]}:
            return "batch of " + str(len(events)) + ": " + "; ".join(route(e) for e in events)
        case {"type": t}:
            return "unknown event type " + t
        case {}:
            return "no type"
        case _:
            return "not an event"


events = [
    {"type": "click", "pos": (10, 20)},
    {"type": "click", "pos": [1, 2], "button": "right", "double": True},
    {"type": "click", "pos": "nowhere"},
    {"type": "key", "key": "Q"},
    {"type": "key", "key": "a"},
    {"type": "key", "key": "F1"},
    {"type": "scroll", "amount": -3},
    {"type": "scroll", "amount": 5},
    {"type": "batch", "events": [{"type": "key", "key": "x"}, {"type": "scroll", "amount": 1}]},
    {"type": "resize", "w": 800},
    {"w": 1},
    ["type", "click"],
]
for e in events:
    print(route(e))

# **rest builds a new dict: the event itself is not touched
big = {"type": "click", "pos": (0, 0), "a": 1, "b": 2, "c": 3}
match big:
    case {"type": "click", **rest}:
        print(rest, len(big), rest is big)
        print(sys.getsizeof(rest) == sys.getsizeof(big), sys.getrefcount(rest))
