# Counting words with dict.get and dict.setdefault, then ranking them
text = """The quick brown fox jumps over the lazy dog.
The dog sleeps; the fox runs away, and the quick cat watches."""

counts = {}
for raw in text.split():
    word = raw.strip(".,;").lower()
    counts[word] = counts.get(word, 0) + 1

print("distinct words:", len(counts))
ranked = sorted(counts.items(), key=lambda pair: (-pair[1], pair[0]))
for word, n in ranked[:5]:
    print(word.ljust(8), n)

by_letter = {}
for word in sorted(counts):
    by_letter.setdefault(word[0], []).append(word)
for letter in sorted(by_letter):
    print(letter, "->", ", ".join(by_letter[letter]))

longest = max(counts, key=len)
print("longest:", longest, len(longest))
print("most common:", max(counts, key=counts.get))
print("total:", sum(counts.values()))
