# Word frequency report: lower, strip punctuation with translate, count
text = """It was the best of times, it was the worst of times;
it was the age of wisdom, it was the age of foolishness...
It was the epoch of belief -- it was the epoch of incredulity!"""

table = str.maketrans("", "", ",.;!-")
clean = text.lower().translate(table)
words = clean.split()
print(len(words), "words")
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
for word, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
    print(f"{word:<12}{n:>3} {'#' * n}")
print(sorted(set(words)) == sorted(counts))
print(text.count("it was"), text.lower().count("it was"), text.find("age"), text.rfind("age"))
print(text.splitlines()[1].title())
print(" ".join(reversed(text.split()[:6])))
lengths = {}
for w in counts:
    lengths.setdefault(len(w), []).append(w)
for n in sorted(lengths):
    print(n, sorted(lengths[n]))
upper_map = str.maketrans({"a": "4", "e": "3", "i": None, "o": "0"})
print("wisdom and foolishness".translate(upper_map))
print(str.maketrans("abc", "xyz"))
print("the age".translate({ord("t"): "T", ord("a"): ord("A")}))
print(max(counts, key=len), min(words), "".join(sorted("wisdom")))
print("incredulity".center(20, "*"), "epoch".ljust(8, ".") + "|", "x".rjust(3, "0"), "7".zfill(3), "-7".zfill(4))
