# A typo in a method name: the traceback suggests the method that exists
class Account:
    interest_rate = 0.02

    def __init__(self, owner):
        self.owner = owner
        self.balance = 0

    def deposit(self, amount):
        self.balance += amount

    def withdraw(self, amount):
        self.balance -= amount


acct = Account("Ana")
acct.deposit(50)
acct.withdraw(20)
print(acct.owner, acct.balance)
for name in ["balance", "balanse", "deposit", "depost", "interest_rate"]:
    print(name, hasattr(acct, name))
try:
    print(Account.interest_rat)
except AttributeError as e:
    print("caught:", e)
acct.withdrw(10)
print("not reached")
