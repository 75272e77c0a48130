# Building strings: +=, join, repetition, and drawing patterns with text
line = ""
for i in range(5):
    line += str(i)
print(line)
print(",".join(str(i) for i in range(5)))
print("-" * 20)
for i in range(1, 5):
    print(" " * (4 - i) + "*" * (2 * i - 1))
for i in range(1, 4):
    print(" ".join([str(i * j) for j in range(1, 6)]))
table = ""
for row in range(1, 4):
    table += "\t".join(str(row * col) for col in range(1, 4)) + "\n"
print(table, end="")
word = "Mississippi"
print(word.lower().replace("ss", "SS"))
acronym = "".join(w[0] for w in "portable network graphics".split()).upper()
print(acronym)
sentence = "python is fun"
print(" ".join(w[::-1] for w in sentence.split()))
print(" ".join(reversed(sentence.split())))
print("""multi
line""")
print("tab\there", "quote\"s", 'single\'s', r"raw\n")
print(len("héllo"), "é" in "café", "abc" < "abd", "Z" < "a")
