# AttributeError with "Did you mean": a misspelt method name, left uncaught
class Account:
    def __init__(self, balance):
        self.balance = balance

    def deposit(self, amount):
        self.balance += amount

acct = Account(10)
acct.deposit(5)
print(acct.balance)
names = ["b", "a"]
names.sort()
print(names)
acct.deposite(5)
