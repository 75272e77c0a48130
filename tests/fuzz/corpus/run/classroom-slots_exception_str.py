# An exception class can choose its own message with __str__: print(e)
# shows it, and so does the traceback when nobody catches it.

class InsufficientFunds(Exception):
    def __str__(self):
        needed, balance = self.args
        return f"need {needed} but the balance is only {balance}"


class Account:
    def __init__(self, balance):
        self.balance = balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(amount, self.balance)
        self.balance -= amount
        return amount


acct = Account(100)
print("withdrew", acct.withdraw(30))
try:
    acct.withdraw(500)
except InsufficientFunds as e:
    print("caught:", e)
    print("args:", e.args)
print("balance:", acct.balance)
acct.withdraw(1000)
