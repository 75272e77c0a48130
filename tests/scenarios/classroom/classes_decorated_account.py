# The bank account of a lesson, written with decorators
import sys


class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed


class Account:
    interest = 0.02

    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError("balance cannot be negative")
        self._balance = value

    @classmethod
    def from_string(cls, text):
        owner, amount = text.split(":")
        return cls(owner, int(amount))

    @staticmethod
    def is_valid_amount(amount):
        return amount > 0

    def withdraw(self, amount):
        if not Account.is_valid_amount(amount):
            raise ValueError("amount must be positive")
        if amount > self._balance:
            raise InsufficientFunds(amount, self._balance)
        self.balance = self._balance - amount


a = Account.from_string("Ada:120")
print(a.owner, a.balance)
a.withdraw(20)
print(a.balance)
try:
    a.withdraw(1000)
except InsufficientFunds as e:
    print("InsufficientFunds:", e, e.needed)
try:
    a.balance = -5
except ValueError as e:
    print("ValueError:", e)
print(type(Account.balance).__name__, Account.is_valid_amount(3))
print(a.__dict__)
print(sys.getsizeof(Account.balance), sys.getrefcount(a))
