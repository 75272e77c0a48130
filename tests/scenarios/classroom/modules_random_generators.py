# Several independent generators: random.Random objects each keep their
# own Mersenne Twister state (624 words), which is why one is so big.
import random
import sys

alice = random.Random(1)
bob = random.Random(1)
carol = random.Random(2)

print([alice.randint(1, 100) for _ in range(5)])
print([bob.randint(1, 100) for _ in range(5)])
print([carol.randint(1, 100) for _ in range(5)])

# the module's functions use a hidden instance of the same class
print(type(alice).__name__, type(alice).__mro__)
print(isinstance(alice, random.Random))

# the generator state lives inside the object
print("getsizeof(Random()):", sys.getsizeof(alice))
state = alice.getstate()
print(type(state), len(state), state[0], len(state[1]))

# save the state, draw, restore, draw again: the same numbers
saved = alice.getstate()
first = [alice.random() for _ in range(3)]
alice.setstate(saved)
second = [alice.random() for _ in range(3)]
print(first == second, first)

# reseeding restarts the sequence
alice.seed(1)
bob.seed(1)
print(alice.random() == bob.random(), alice.getrandbits(16), bob.getrandbits(16))

# a subclass can rename its methods but keeps the generator
class Die(random.Random):
    def roll(self):
        return self.randint(1, 6)

die = Die(99)
print([die.roll() for _ in range(12)], sys.getsizeof(die) == sys.getsizeof(alice))
