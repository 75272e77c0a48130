# functools.total_ordering on a Money class; hash and eq go together
import functools


@functools.total_ordering
class Money:
    def __init__(self, amount, currency="EUR"):
        self.cents = round(amount * 100)
        self.currency = currency

    def _check(self, other):
        if not isinstance(other, Money):
            return False
        if other.currency != self.currency:
            raise ValueError(f"cannot compare {self.currency} with {other.currency}")
        return True

    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return (self.cents, self.currency) == (other.cents, other.currency)

    def __lt__(self, other):
        if not self._check(other):
            return NotImplemented
        return self.cents < other.cents

    def __hash__(self):
        return hash((self.cents, self.currency))

    def __repr__(self):
        return f"Money({self.cents / 100:.2f}, {self.currency!r})"

    def __format__(self, spec):
        if spec == "short":
            return f"{self.cents // 100}{self.currency[0]}"
        return format(self.cents / 100, spec or ".2f") + " " + self.currency


prices = [Money(3.5), Money(1.25), Money(10), Money(3.50)]
print(sorted(prices))
print(max(prices), min(prices))
print(Money(2) <= Money(2), Money(2) >= Money(3), Money(5) > Money(1))
print(len(set(prices)))
print(f"{Money(12.3)}|{Money(12.3):short}|{Money(7):>10.1f}|")
print(Money(1) == 1, Money(1) != "1")
try:
    Money(1) < Money(1, "USD")
except ValueError as e:
    print("ValueError:", e)
try:
    Money(1) < 3
except TypeError as e:
    print("TypeError:", e)
print(Money.__le__.__name__, Money.__gt__.__qualname__)
print(sorted(Money.__dict__.keys() - {"__module__", "__dict__", "__weakref__", "__doc__"}))
