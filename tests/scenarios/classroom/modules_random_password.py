# A password generator with the string module's alphabets and
# random.choice; seeded with a string so the lesson's output is fixed.
import random
import string

random.seed("classroom")

def make_password(length, symbols=True):
    alphabet = string.ascii_letters + string.digits
    if symbols:
        alphabet += "!@#$%&*"
    return "".join(random.choice(alphabet) for _ in range(length))

for length in [8, 12, 16]:
    print(length, make_password(length), make_password(length, symbols=False))

# a PIN: four digits, each drawn separately
pin = "".join(str(random.randint(0, 9)) for _ in range(4))
print("PIN:", pin)

# a password with at least one of each kind, then shuffled
parts = [random.choice(string.ascii_lowercase), random.choice(string.ascii_uppercase),
         random.choice(string.digits), random.choice("!@#$")]
parts += random.choices(string.ascii_letters, k=6)
random.shuffle(parts)
print("strong:", "".join(parts))

# random bytes as hex, and a random 64-bit number
print(random.randbytes(4).hex(), random.getrandbits(64))
print(random.randrange(0, 100, 5), random.randrange(10))
