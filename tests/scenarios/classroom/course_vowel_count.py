# Counting vowels in a string with a loop, with sum() and with a dictionary
def count_vowels(text):
    count = 0
    for ch in text:
        if ch in "aeiouAEIOU":
            count += 1
    return count


sentence = "The quick brown fox jumps over the lazy dog"
print("vowels:", count_vowels(sentence))
print("vowels:", sum(1 for ch in sentence.lower() if ch in "aeiou"))

per_vowel = {}
for ch in sentence.lower():
    if ch in "aeiou":
        per_vowel[ch] = per_vowel.get(ch, 0) + 1
print(per_vowel)
for v in "aeiou":
    print(v, "*" * per_vowel.get(v, 0))

consonants = [ch for ch in sentence.lower() if ch.isalpha() and ch not in "aeiou"]
print("consonants:", len(consonants))
