# Caesar and Vigenere ciphers with ord() and chr()
def caesar(text, shift):
    out = []
    for ch in text:
        if ch.isupper():
            out.append(chr((ord(ch) - ord("A") + shift) % 26 + ord("A")))
        elif ch.islower():
            out.append(chr((ord(ch) - ord("a") + shift) % 26 + ord("a")))
        else:
            out.append(ch)
    return "".join(out)

def vigenere(text, key, sign=1):
    result = ""
    k = 0
    for ch in text:
        if ch.isalpha():
            base = 65 if ch.isupper() else 97
            shift = ord(key[k % len(key)].lower()) - 97
            result += chr((ord(ch) - base + sign * shift) % 26 + base)
            k += 1
        else:
            result += ch
    return result

msg = "Attack at Dawn, Zebra!"
for s in (1, 3, 13, 25, -3):
    enc = caesar(msg, s)
    print(f"{s:>3}: {enc}  back: {caesar(enc, -s)}")
secret = vigenere(msg, "LEMON")
print(secret, "|", vigenere(secret, "LEMON", -1))
print([ord(c) for c in "AZaz09 "], chr(9731), chr(0x1F600), ord("é"), hex(ord("€")))
print(list(map(chr, range(65, 71))), "".join(chr(i) for i in range(0x3b1, 0x3b6)))
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError:", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
rot13 = str.maketrans("ABCDEFGHIJKLMabcdefghijklmNOPQRSTUVWXYZnopqrstuvwxyz",
                      "NOPQRSTUVWXYZnopqrstuvwxyzABCDEFGHIJKLMabcdefghijklm")
print(msg.translate(rot13), msg.swapcase(), msg.encode("ascii"))
print(f"{ord('A'):08b} {ord('a'):#x} {ord('z'):o}", bin(ord("!")), oct(64))
