# Grouping sorted words by their first letter with itertools.groupby
from itertools import groupby

words = ["banana", "apple", "cherry", "avocado", "blueberry", "cranberry", "apricot", "date"]

# groupby only groups neighbours, so the words are sorted first
for letter, group in groupby(sorted(words), key=lambda w: w[0]):
    print(letter, list(group))

# what happens without sorting: the same letter can come back
print([letter for letter, _ in groupby(words, key=lambda w: w[0])])

# counting with groupby
counts = {letter: len(list(group)) for letter, group in groupby(sorted(words), key=lambda w: w[0])}
print(counts)

# a group is only valid until the next one is asked for
groups = list(groupby(sorted(words), key=lambda w: w[0]))
print([(letter, list(group)) for letter, group in groups])

# run-length encoding of a string
text = "aaabccddddde"
print([(ch, len(list(run))) for ch, run in groupby(text)])
print("".join(ch + str(len(list(run))) for ch, run in groupby(text)))
