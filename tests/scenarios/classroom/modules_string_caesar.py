# A Caesar cipher with the string module's constants
import string
import sys

def shift_letter(ch, key):
    if ch in string.ascii_lowercase:
        alphabet = string.ascii_lowercase
    elif ch in string.ascii_uppercase:
        alphabet = string.ascii_uppercase
    else:
        return ch
    return alphabet[(alphabet.index(ch) + key) % 26]

def caesar(text, key):
    return "".join(shift_letter(ch, key) for ch in text)

secret = caesar("Hello, World!", 3)
print(secret)
print(caesar(secret, -3))

# counting character classes
text = "Python 3.11 was released in October 2022!"
digits = sum(1 for c in text if c in string.digits)
punct = [c for c in text if c in string.punctuation]
print(digits, punct)
print(string.capwords("the quick  brown fox"))
print(len(string.printable), repr(string.whitespace))

# the module is one object, shared by every name that imports it
from string import ascii_letters
print(ascii_letters is string.ascii_letters)
print(type(string).__name__, string.__name__)
print(sys.getrefcount(string))
