# Splitting and joining, and when a split shares the original string
import sys

sentence = "  the   rain in   Spain  "
words = sentence.split()
print(words, len(words), sys.getsizeof(words))
print(sentence.split(" ")[:5])
print("a,b,,c,".split(","), "a b c d".split(None, 2), "a b c d".rsplit(None, 2))
print("one\ntwo\r\nthree\n".splitlines(), "one\ntwo\n".splitlines(keepends=True))
print("-".join(words), "".join(reversed(words)), " | ".join(w.upper() for w in words))
single = "unbroken"
parts = single.split()
print(parts[0] is single, single.split(",")[0] is single, sys.getrefcount(single))
csv_row = "7,Ada,Lovelace,1815"
ident, first, last, year = csv_row.split(",")
print(last + ", " + first, int(year) + 200)
print("a-b-c".partition("-"), "a-b-c".rpartition("-"), "abc".partition("x"))
try:
    "a b".split("")
except ValueError as e:
    print("ValueError:", e)
try:
    ",".join(["a", 1])
except TypeError as e:
    print("TypeError:", e)
