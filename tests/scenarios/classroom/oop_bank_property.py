# A BankAccount with properties (getter, setter, deleter) and custom exceptions
class BankError(Exception):
    """Base of the bank's errors."""


class InsufficientFunds(BankError):
    def __init__(self, balance, amount):
        super().__init__(f"cannot withdraw {amount}: balance is {balance}")
        self.balance = balance
        self.amount = amount


class BankAccount:
    interest = 0.02

    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = 0
        self.balance = balance

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError("balance cannot be negative")
        self._balance = value

    @balance.deleter
    def balance(self):
        print("closing account of", self.owner)
        del self._balance

    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(self._balance, amount)
        self._balance -= amount
        return self._balance


acct = BankAccount("Ada", 100)
print(acct.balance, acct.withdraw(30))
try:
    acct.withdraw(500)
except BankError as e:
    print(type(e).__name__, e, e.args, e.amount)
    print(isinstance(e, Exception), type(e).__mro__)
try:
    acct.balance = -5
except ValueError as e:
    print("ValueError:", e)
print(type(BankAccount.balance).__name__, BankAccount.balance.fget.__name__)
del acct.balance
print(hasattr(acct, "_balance"))
try:
    print(acct.balance)
except AttributeError as e:
    print("AttributeError:", e)
print(BankError.__doc__, InsufficientFunds.__bases__)
try:
    raise InsufficientFunds(1, 2) from KeyError("k")
except BankError as e:
    print("cause:", repr(e.__cause__), e.__suppress_context__)
