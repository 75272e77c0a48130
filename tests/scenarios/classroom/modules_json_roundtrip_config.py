# Saving a program's settings as JSON text and reading them back
import json
import sys

settings = {
    "username": "ada",
    "theme": "dark",
    "font_size": 14,
    "zoom": 1.25,
    "autosave": True,
    "last_file": None,
    "recent": ["notes.txt", "todo.md", "lesson3.py"],
}

text = json.dumps(settings)
print(text)
print("a str of", len(text), "characters,", sys.getsizeof(text), "bytes")

loaded = json.loads(text)
print("equal after the round trip:", loaded == settings)
print("but a new object:", loaded is settings)
print("types:", {key: type(value).__name__ for key, value in loaded.items()})
print("dict sizes:", sys.getsizeof(settings), sys.getsizeof(loaded))
print("list sizes:", sys.getsizeof(settings["recent"]), sys.getsizeof(loaded["recent"]))

# tuples come back as lists, and keys always come back as strings
scores = {1: (90, 85), 2: (70, 75)}
back = json.loads(json.dumps(scores))
print(back)
print(back == scores, list(back["1"]) == list(scores[1]))

# a change to the copy does not touch the original
loaded["recent"].append("new.py")
print(len(settings["recent"]), len(loaded["recent"]))
