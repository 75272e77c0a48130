# Palindromes: cleaning a sentence with isalnum, lower and join
def is_palindrome(sentence):
    letters = "".join(ch.lower() for ch in sentence if ch.isalnum())
    return letters == letters[::-1]

samples = [
    "racecar",
    "A man, a plan, a canal: Panama!",
    "Was it a car or a cat I saw?",
    "Python",
    "No 'x' in Nixon",
    "",
    "12321",
    "12 3 45",
]
for s in samples:
    verdict = "yes" if is_palindrome(s) else "no"
    print(repr(s).ljust(36), verdict)

word = "Level"
print(word.lower() == "".join(reversed(word.lower())))
print(word.casefold(), word.swapcase(), word.upper(), word.count("e"), word.lower().count("l"))
