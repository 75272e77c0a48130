# Caesar cipher with ord/chr, then cracking it by frequency
def shift_char(ch, k):
    if ch.isupper():
        return chr((ord(ch) - ord('A') + k) % 26 + ord('A'))
    if ch.islower():
        return chr((ord(ch) - 97 + k) % 26 + 97)
    return ch

def encrypt(msg, k):
    return "".join(shift_char(c, k) for c in msg)

def decrypt(msg, k):
    return encrypt(msg, -k)

plain = "Meet me at the Library at 10pm, Bring the Key!"
secret = encrypt(plain, 3)
print(secret)
print(decrypt(secret, 3))
print(encrypt("xyz XYZ", 4), encrypt("abc", -1), encrypt("abc", 52))
for k in range(0, 26, 5):
    print(f"{k:2d} {encrypt('HELLO', k)}")
table = str.maketrans("abcdefghijklmnopqrstuvwxyz", "defghijklmnopqrstuvwxyzabc")
print("attack at dawn".translate(table))
rot13 = str.maketrans("ABCDEFGHIJKLMabcdefghijklmNOPQRSTUVWXYZnopqrstuvwxyz",
                      "NOPQRSTUVWXYZnopqrstuvwxyzABCDEFGHIJKLMabcdefghijklm")
print("Hello, World!".translate(rot13), "Uryyb".translate(rot13))
def crack(cipher):
    counts = [0] * 26
    for c in cipher.lower():
        if 'a' <= c <= 'z':
            counts[ord(c) - 97] += 1
    most = counts.index(max(counts))
    return (most - 4) % 26
long_msg = encrypt("the quick brown fox jumps over the lazy dog and then sleeps beneath the tree", 11)
k = crack(long_msg)
print(k, decrypt(long_msg, k))
print([ord(c) for c in "AZaz09 "], chr(9731), ascii(chr(9731)), repr(chr(0x1F600)))
print(ord("€"), hex(ord("é")), "\u00e9" == "é", len("é".encode()))
