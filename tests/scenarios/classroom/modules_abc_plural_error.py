# Forgetting to implement abstract methods: the program stops
from abc import ABC, abstractmethod

class Account(ABC):
    def __init__(self, owner):
        self.owner = owner

    @abstractmethod
    def deposit(self, amount): ...

    @abstractmethod
    def withdraw(self, amount): ...

    @abstractmethod
    def balance(self): ...

class Savings(Account):
    def __init__(self, owner):
        super().__init__(owner)
        self._cents = 0
    def deposit(self, amount):
        self._cents += amount
    def withdraw(self, amount):
        self._cents -= amount
    def balance(self):
        return self._cents

acct = Savings("ada")
acct.deposit(500)
acct.withdraw(120)
print(acct.owner, acct.balance())
print(sorted(Account.__abstractmethods__))

class Checking(Account):
    def deposit(self, amount):
        pass

print(sorted(Checking.__abstractmethods__))
Checking("bob")
