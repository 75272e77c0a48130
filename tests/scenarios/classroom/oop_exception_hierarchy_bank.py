# A custom exception hierarchy with __str__ overrides and extra attributes
class BankError(Exception):
    """Base class for bank errors."""


class InsufficientFunds(BankError):
    def __init__(self, balance, amount):
        super().__init__(balance, amount)
        self.balance = balance
        self.amount = amount

    def __str__(self):
        return f"need {self.amount - self.balance} more (balance {self.balance})"


class AccountFrozen(BankError):
    pass


class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.frozen = False

    def withdraw(self, amount):
        if self.frozen:
            raise AccountFrozen(self.owner)
        if amount > self.balance:
            raise InsufficientFunds(self.balance, amount)
        self.balance -= amount
        return self.balance

    def transfer(self, other, amount):
        try:
            self.withdraw(amount)
        except BankError as e:
            raise RuntimeError(f"transfer {self.owner}->{other.owner} failed") from e
        other.balance += amount


a, b = Account("ann", 50), Account("ben")
print(a.withdraw(20))
try:
    a.withdraw(100)
except InsufficientFunds as e:
    print("InsufficientFunds:", e, e.args, e.balance)
a.frozen = True
try:
    a.withdraw(1)
except BankError as e:
    print(type(e).__name__, repr(e), str(e))
try:
    a.transfer(b, 5)
except RuntimeError as e:
    print(e, "| cause:", type(e.__cause__).__name__, e.__cause__)
print(InsufficientFunds.__mro__[1:3], BankError.__doc__)
print(issubclass(AccountFrozen, Exception), isinstance(InsufficientFunds(1, 2), BankError))
err = InsufficientFunds(5, 8)
print(repr(err), err.__class__.__name__)
a.frozen = False
a.transfer(b, 30)
