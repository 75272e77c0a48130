# Counting words in a paragraph with a plain dict
text = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity."""

words = []
for line in text.splitlines():
    for w in line.split():
        words.append(w.strip(",.").lower())
print(len(words), "words,", len(set(words)), "distinct")

counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
for w, n in top[:6]:
    print(f"{w:<12}{n:>3} {'*' * n}")

lengths = {}
for w in words:
    lengths.setdefault(len(w), []).append(w)
for n in sorted(lengths):
    print(n, sorted(set(lengths[n])))
longest = max(words, key=len)
print("longest:", longest, len(longest))
letters = {}
for ch in text.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
print("".join(sorted(letters, key=lambda c: (-letters[c], c))[:8]))
print(text.count("it was"), text.lower().count("it was"), text.find("age"), text.rfind("age"))
print(words.index("worst"), "wisdom" in words, "Wisdom" in words)
