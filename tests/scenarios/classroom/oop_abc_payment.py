# Abstract base classes: a payment interface that cannot be instantiated
from abc import ABC, abstractmethod


class Payment(ABC):
    fee_rate = 0.0

    def __init__(self, amount):
        self.amount = amount

    @abstractmethod
    def authorize(self):
        ...

    @property
    @abstractmethod
    def label(self):
        ...

    def total(self):
        return round(self.amount * (1 + self.fee_rate), 2)

    def pay(self):
        if not self.authorize():
            raise RuntimeError(f"{self.label} refused {self.amount}")
        return f"{self.label}: paid {self.total():.2f}"


class Card(Payment):
    fee_rate = 0.015

    def __init__(self, amount, limit):
        super().__init__(amount)
        self.limit = limit

    def authorize(self):
        return self.amount <= self.limit

    @property
    def label(self):
        return "card"


class Cash(Payment):
    def authorize(self):
        return True

    @property
    def label(self):
        return "cash"


class Broken(Payment):
    def authorize(self):
        return False


for cls in (Payment, Broken):
    try:
        cls(10)
    except TypeError as e:
        print("TypeError:", e)

payments = [Card(100, 500), Cash(20), Card(900, 500)]
for p in payments:
    try:
        print(p.pay())
    except RuntimeError as e:
        print("RuntimeError:", e)
print(sorted(Payment.__abstractmethods__))
print(Card.__abstractmethods__, isinstance(Cash(1), Payment))
print(Payment.authorize.__isabstractmethod__)
