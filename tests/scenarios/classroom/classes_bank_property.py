# A bank account whose balance is a read-only property
import sys


class InsufficientFunds(ValueError):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, only {available} available")
        self.needed = needed
        self.available = available


class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance

    def _get_balance(self):
        return self._balance

    balance = property(_get_balance)

    def deposit(self, amount):
        self._balance += amount

    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(amount, self._balance)
        self._balance -= amount


acct = Account("Ada", 100)
acct.deposit(50)
print("balance:", acct.balance)
acct.withdraw(30)
print("balance:", acct.balance)
try:
    acct.withdraw(500)
except InsufficientFunds as e:
    print("refused:", e)
    print("args:", e.args)
    print("needed:", e.needed, "available:", e.available)
    print("is a ValueError:", isinstance(e, ValueError))
try:
    acct.balance = 1000
except AttributeError as e:
    print("AttributeError:", e)
print(acct.__dict__)
print("refcount of acct:", sys.getrefcount(acct))
print("size of acct:", sys.getsizeof(acct))
