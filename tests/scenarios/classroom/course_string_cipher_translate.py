# Ciphers with str.translate, ord and chr
import string

def caesar_table(shift):
    lower = string.ascii_lowercase
    upper = string.ascii_uppercase
    shifted = lower[shift:] + lower[:shift]
    return str.maketrans(lower + upper, shifted + shifted.upper())

def caesar(text, shift):
    return text.translate(caesar_table(shift % 26))

message = "Meet me at the Old Bridge, 9pm!"
secret = caesar(message, 3)
print(secret)
print(caesar(secret, -3))
for shift in (1, 13, 25, 26):
    print(f"{shift:>2}: {caesar('Hello, World', shift)}")
print(caesar(caesar("ROT13 twice", 13), 13))

def vigenere(text, key, decrypt=False):
    out = []
    k = 0
    for ch in text:
        if ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            shift = ord(key[k % len(key)].lower()) - ord("a")
            if decrypt:
                shift = -shift
            out.append(chr((ord(ch) - base + shift) % 26 + base))
            k += 1
        else:
            out.append(ch)
    return "".join(out)

v = vigenere("Attack at dawn", "lemon")
print(v, "->", vigenere(v, "lemon", decrypt=True))

atbash = str.maketrans(string.ascii_lowercase, string.ascii_lowercase[::-1])
print("wizard".translate(atbash), "draziw".translate(atbash))

def letter_counts(text):
    counts = {}
    for ch in text.lower():
        if ch in string.ascii_lowercase:
            counts[ch] = counts.get(ch, 0) + 1
    return counts

sample = "It was a bright cold day in April, and the clocks were striking thirteen."
counts = letter_counts(sample)
for letter, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]:
    print(f"{letter}: {'#' * n} {n}")

def crack(cipher):
    best = None
    for shift in range(26):
        candidate = caesar(cipher, -shift)
        score = sum(candidate.lower().count(c) for c in "etaoin")
        if best is None or score > best[0]:
            best = (score, shift, candidate)
    return best

print(crack(caesar(sample, 11)))
print(string.punctuation)
print(string.digits, string.hexdigits, len(string.printable))
clean = sample.translate(str.maketrans("", "", string.punctuation)).lower()
print(clean)
print(string.capwords("the quick  brown fox"))
morse = {"s": "...", "o": "---", "e": "."}
print(" ".join(morse.get(c, "?") for c in "sos e"))
print([hex(ord(c)) for c in "Hi!"], bytes("Hi!", "ascii"), list("Hi!".encode()))
print(ascii("café"), repr("café"), "café".encode("utf-8"), len("café".encode("utf-8")))
