# A bank account with custom exceptions, raise ... from, and exception chaining
class BankError(Exception):
    pass

class InsufficientFunds(BankError):
    def __init__(self, balance, amount):
        super().__init__(f"cannot withdraw {amount}: balance is {balance}")
        self.balance = balance
        self.amount = amount

class AccountLocked(BankError):
    pass

class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.locked = False
        self.history = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        if self.locked:
            raise AccountLocked(f"{self.owner}'s account is locked")
        if amount > self.balance:
            raise InsufficientFunds(self.balance, amount)
        self.balance -= amount
        self.history.append(("withdraw", amount))

    def transfer(self, other, amount):
        try:
            self.withdraw(amount)
        except InsufficientFunds as err:
            raise BankError(f"transfer to {other.owner} failed") from err
        other.deposit(amount)

alice = Account("Alice", 100)
bob = Account("Bob")
alice.transfer(bob, 30)
print(alice.balance, bob.balance, alice.history, bob.history)
try:
    alice.transfer(bob, 500)
except BankError as err:
    print(type(err).__name__, err)
    print("cause:", type(err.__cause__).__name__, err.__cause__)
    print("amount asked:", err.__cause__.amount, "suppress:", err.__suppress_context__)
try:
    bob.deposit(-5)
except ValueError as err:
    print("ValueError:", err, err.args)
bob.locked = True
for acct, amount in [(bob, 10), (alice, 1000), (alice, 20)]:
    try:
        acct.withdraw(amount)
    except AccountLocked as err:
        print("locked:", err)
    except InsufficientFunds as err:
        print("insufficient:", err.balance, err.amount)
    else:
        print("ok, balance now", acct.balance)
print(issubclass(InsufficientFunds, BankError), isinstance(AccountLocked("x"), Exception))
print(InsufficientFunds.__mro__)
try:
    try:
        {}["missing"]
    except KeyError:
        raise RuntimeError("lookup failed")
except RuntimeError as err:
    print(repr(err), repr(err.__context__), err.__cause__)
try:
    raise ValueError("inner") from None
except ValueError as err:
    print(err.__cause__, err.__suppress_context__)
