# A look at Python's keywords, grouped the way the course introduces them
import keyword

print(keyword.kwlist[:3], "are the only capitalised ones")
by_letter = {}
for word in keyword.kwlist:
    by_letter.setdefault(word[0].lower(), []).append(word)
for letter in sorted(by_letter):
    print(letter, by_letter[letter])

longest = max(keyword.kwlist, key=len)
print("longest:", longest, len(longest))
print("shortest:", [w for w in keyword.kwlist if len(w) == 2])
print(all(w.isidentifier() for w in keyword.kwlist))
print('print' in keyword.kwlist, 'if' in keyword.kwlist)
print(sorted(keyword.kwlist) == keyword.kwlist)
