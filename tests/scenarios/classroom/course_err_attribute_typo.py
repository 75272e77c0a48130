# A typo in an attribute name: AttributeError with "Did you mean"
class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount):
        self.balance += amount


acct = Account("Kim", 10)
acct.deposit(5)
print(acct.owner, acct.balance)
print(hasattr(acct, "balance"), hasattr(acct, "balanse"))
print(getattr(acct, "balanse", "no such attribute"))
print(acct.balanse)
