# A family of custom exceptions, caught from the most specific up
class BankError(Exception):
    """Base class of the bank's errors."""


class InsufficientFunds(BankError):
    def __init__(self, balance, amount):
        super().__init__(balance, amount)
        self.balance = balance
        self.amount = amount

    def __str__(self):
        return "cannot take " + str(self.amount) + " from " + str(self.balance)


class AccountLocked(BankError):
    pass


class Account:
    def __init__(self, balance):
        self.balance = balance
        self.locked = False

    def withdraw(self, amount):
        if self.locked:
            raise AccountLocked("account is locked")
        if amount > self.balance:
            raise InsufficientFunds(self.balance, amount)
        self.balance -= amount
        return self.balance


acct = Account(100)
for amount in [30, 500, 20]:
    try:
        print("left:", acct.withdraw(amount))
    except InsufficientFunds as e:
        print("InsufficientFunds:", e, e.args)
    except BankError as e:
        print("BankError:", e)
acct.locked = True
try:
    acct.withdraw(1)
except InsufficientFunds:
    print("not this one")
except BankError as e:
    print(type(e).__name__, "-", e, e.args)
print(issubclass(InsufficientFunds, BankError), issubclass(AccountLocked, Exception))
print(BankError.__doc__)
print([k.__name__ for k in InsufficientFunds.__mro__])
e = InsufficientFunds(5, 10)
print(str(e), repr(e.args), isinstance(e, Exception))


class Quiet(BankError):
    def __init__(self, code):
        self.code = code


q = Quiet(42)
print(q.args, q.code)
raise InsufficientFunds(1, 2)
