# A Caesar cipher with ord and chr, then the same with str.maketrans
def shift_char(ch, k):
    if ch.isupper():
        return chr((ord(ch) - ord("A") + k) % 26 + ord("A"))
    if ch.islower():
        return chr((ord(ch) - ord("a") + k) % 26 + ord("a"))
    return ch

def encrypt(message, k):
    return "".join(shift_char(ch, k) for ch in message)

secret = encrypt("Hello, World! Attack at dawn.", 3)
print(secret)
print(encrypt(secret, -3))

lower = "abcdefghijklmnopqrstuvwxyz"
upper = lower.upper()
k = 13
table = str.maketrans(lower + upper, lower[k:] + lower[:k] + upper[k:] + upper[:k])
rot13 = "Why did the chicken cross the road?".translate(table)
print(rot13)
print(rot13.translate(table))
print(len(table), table[ord("a")], chr(table[ord("A")]))
no_vowels = "education".translate(str.maketrans("", "", "aeiou"))
print(no_vowels)
