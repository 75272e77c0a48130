# Slicing strings with steps: every letter, backwards, and slice objects
alphabet = "abcdefghijklmnopqrstuvwxyz"
print(alphabet[::3], alphabet[1::3], alphabet[2::3])
print(alphabet[::-1], alphabet[-1:-6:-1], alphabet[25:20:-2])
print(alphabet[5:5], alphabet[10:3], alphabet[-3:], alphabet[:-23], repr(alphabet[30:40]))
s = slice(2, 20, 4)
print(alphabet[s], s.start, s.stop, s.step, s.indices(len(alphabet)), slice(None, None, -1).indices(5))
print(repr(s), slice(5), slice(1, 2), alphabet[slice(None, 5)])
word = "Programming"
for i in range(0, len(word), 4):
    print(repr(word[i:i + 4]), end=" ")
print()
print([word[i] for i in range(len(word)) if i % 2 == 0], word[::2] == "".join(word[i] for i in range(0, len(word), 2)))
def rotate(s, k):
    k %= len(s)
    return s[k:] + s[:k]
print(rotate("abcdef", 2), rotate("abcdef", -1), rotate("abcdef", 13))
sentence = "The rain in Spain stays mainly in the plain"
print(" ".join(w[::-1] for w in sentence.split()), " ".join(sentence.split()[::-1]))
print(sentence[sentence.find("Spain"):sentence.find("Spain") + 5], sentence[-5:].upper())
print(sentence[4:8].center(10, "*"), sentence.split("ain"), sentence.count("ain"), sentence.rsplit("ain", 2))
nums = list(range(10))
print(nums[::2], nums[::-3], nums[7:2:-1], nums[-2::-2])
nums[::2] = ["x"] * 5
print(nums)
del nums[1::2]
print(nums)
t = tuple(range(8))
print(t[1:7:2], t[::-1][:3], (t[:2] + t[-2:]))
b = b"bytes slicing"
print(b[::2], b[-7:], b[0], b[:1], bytearray(b)[::-1])
print("%s|%s|%s" % (alphabet[:3], alphabet[23:], alphabet[12:14]), f"{alphabet[::5]!r:>12}|{alphabet[-2:]:^6}|")
