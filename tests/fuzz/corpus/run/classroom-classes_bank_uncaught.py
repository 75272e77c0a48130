# An uncaught custom exception ends the script
class InsufficientFunds(Exception):
    pass


class Account:
    def __init__(self, balance):
        self.balance = balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(f"balance {self.balance} < {amount}")
        self.balance -= amount


a = Account(10)
a.withdraw(3)
print(a.balance)
a.withdraw(100)
print("never printed")
