# A bank account: a read-only balance property, deposit/withdraw, a custom exception
class InsufficientFunds(Exception):
    pass


class BankAccount:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance

    @property
    def balance(self):
        return self._balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount

    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(f"{self.owner} has only {self._balance}, cannot withdraw {amount}")
        self._balance -= amount


acct = BankAccount("Alice", 100)
acct.deposit(50)
print(acct.owner, "has", acct.balance)
acct.withdraw(30)
print("after withdrawing 30:", acct.balance)
try:
    acct.withdraw(500)
except InsufficientFunds as e:
    print("Error:", e)
try:
    acct.deposit(-5)
except ValueError as e:
    print("Error:", e)
try:
    acct.balance = 1000000
except AttributeError as e:
    print("Cannot set balance:", e)
print("final balance:", acct.balance)
print(isinstance(InsufficientFunds("x"), Exception))
