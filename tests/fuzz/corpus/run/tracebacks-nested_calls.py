# An error three calls deep, and the frames the traceback shows
class Account:
    def __init__(self, balance):
        self.balance = balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f"cannot withdraw {amount}: balance is {self.balance}")
        self.balance -= amount

def pay_bills(account, bills):
    for bill in bills:
        account.withdraw(bill)

acct = Account(100)
pay_bills(acct, [30, 50, 40])
