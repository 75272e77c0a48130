# The Caesar cipher: shift each letter with ord(), chr() and modulo 26
def caesar(text, shift):
    result = []
    for ch in text:
        if ch.isupper():
            result.append(chr((ord(ch) - ord("A") + shift) % 26 + ord("A")))
        elif ch.islower():
            result.append(chr((ord(ch) - ord("a") + shift) % 26 + ord("a")))
        else:
            result.append(ch)
    return "".join(result)


message = "Hello, World! Meet me at 10."
secret = caesar(message, 3)
print(secret)
print(caesar(secret, -3))
print(caesar("xyz XYZ", 3))
print(caesar("abc", 29))

# brute force: try every shift
for shift in range(1, 4):
    print(shift, caesar("Khoor", -shift))

print(ord("A"), ord("a"), chr(90), chr(122))
