# Word frequency with a dictionary: split, clean up, count, sort by count
text = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness"""

counts = {}
for word in text.lower().split():
    word = word.strip(",.")
    if word in counts:
        counts[word] += 1
    else:
        counts[word] = 1

print(counts)
print("distinct words:", len(counts))
print("total words:", sum(counts.values()))

by_count = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
for word, n in by_count[:5]:
    print(f"{word:<10}{n:>3}")

longest = max(counts, key=len)
print("longest word:", longest)
once = sorted(w for w, n in counts.items() if n == 1)
print("words used once:", once)
