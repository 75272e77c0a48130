# Which method runs for a + b? Normally a.__add__ first. But if b's class is
# a subclass of a's that overrides the reflected method, b.__radd__ goes first.

class Money:
    def __init__(self, cents):
        self.cents = cents

    def __repr__(self):
        return f"{type(self).__name__}({self.cents})"

    def __add__(self, other):
        print(f"  {type(self).__name__}.__add__")
        if not isinstance(other, Money):
            return NotImplemented
        return Money(self.cents + other.cents)

    def __radd__(self, other):
        print(f"  {type(self).__name__}.__radd__")
        if other == 0:
            return self
        return NotImplemented


class Euro(Money):
    def __radd__(self, other):
        print("  Euro.__radd__")
        return Euro(self.cents + other.cents)


print(Money(100) + Money(50))
print(Money(100) + Euro(50))
print(Euro(100) + Money(50))
print("sum() starts from 0:", sum([Money(1), Money(2), Money(3)]))
try:
    print(Money(5) + 5)
except TypeError as e:
    print("TypeError:", e)
try:
    print(5 + Money(5))
except TypeError as e:
    print("TypeError:", e)
