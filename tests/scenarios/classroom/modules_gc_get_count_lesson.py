# Lesson: the collector's generation-0 counter.
# Every new container adds one; freeing one takes one away. Right after a
# full collection the free lists are empty, so even the little tuples
# CPython makes for a call show up in the count.
import gc
import sys

print("The thresholds:", gc.get_threshold())
shelf = ["books", "games"]
print("Our shelf:", shelf)


class Settings:
    theme = "dark"


settings = Settings()

gc.collect()
print("after a full collection:", gc.get_count())
print("asking again:", gc.get_count())

boxes = [[] for _ in range(5)]
print("five new lists (and the list that holds them):", gc.get_count())

del boxes
print("after del:", gc.get_count())

gc.collect()
label = str(42)
number = int("7")
print("str() and int() pack their arguments in a tuple:", gc.get_count())

gc.collect()
font = getattr(settings, "font", "sans")
found = hasattr(settings, "size")
print("a missing attribute with a default costs nothing:", font, found, gc.get_count())

gc.collect()
size = sys.getsizeof(shelf)
print("sys.getsizeof takes a tuple of arguments too:", size, gc.get_count())

gc.collect()
counts = []
for i in range(3):
    counts.append(gc.get_count()[0])
print("a loop that only reads:", counts)
