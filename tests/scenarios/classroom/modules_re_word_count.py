# Counting words: re.findall(r"\w+", ...) splits a text into words, and
# a Counter counts them.
import re
from collections import Counter

text = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity."""

words = re.findall(r"\w+", text.lower())
print(len(words), "words")
print(words[:8])

counts = Counter(words)
for word, n in counts.most_common(5):
    print(f"{word:>8}: {'#' * n} {n}")

# \w knows letters beyond ASCII: accents stay inside the word
french = "L'été à Paris, c'était très différent; naïve élèves!"
print(re.findall(r"\w+", french))
print(re.findall(r"\w+", french, re.ASCII))

# words of at least 6 letters, and words that start with a capital
print(sorted(set(re.findall(r"\b\w{6,}\b", text))))
print(re.findall(r"\b[A-Z]\w*", "Alice met Bob and carol in Paris"))

# the sentences, split on their punctuation
story = "Hello there! How are you? I am fine. Thanks."
for sentence in re.split(r"(?<=[.!?])\s+", story):
    print(repr(sentence), len(re.findall(r"\w+", sentence)))
