# "Private" attributes: double underscores are mangled with the class name
import sys


class BankAccount:
    __accounts = 0
    bank = "PyBank"

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.__balance = balance
        self._note = "internal by convention"
        BankAccount.__accounts += 1

    def __validate(self, amount):
        if amount <= 0:
            raise ValueError(f"amount must be positive, got {amount}")

    def deposit(self, amount):
        self.__validate(amount)
        self.__balance += amount
        return self.__balance

    @property
    def balance(self):
        return self.__balance

    @classmethod
    def opened(cls):
        return cls.__accounts


class SavingsAccount(BankAccount):
    def __init__(self, owner, balance=0, rate=0.02):
        super().__init__(owner, balance)
        self.__balance = "a different attribute"
        self.rate = rate

    def peek_parent(self):
        return self._BankAccount__balance

    def broken_peek(self):
        return self.__validate(1)


acct = BankAccount("ada", 100)
print(acct.deposit(50), acct.balance, BankAccount.opened())
print(sorted(vars(acct)))
try:
    print(acct.__balance)
except AttributeError as e:
    print("AttributeError:", e)
print(acct._BankAccount__balance, hasattr(acct, "__validate"), hasattr(acct, "_BankAccount__validate"))
acct.__balance = 999
print(acct.balance, sorted(vars(acct)))
s = SavingsAccount("bob", 10)
print(sorted(vars(s)))
print(s.peek_parent(), s.balance, s._SavingsAccount__balance)
try:
    s.broken_peek()
except AttributeError as e:
    print("AttributeError:", e)
try:
    acct.deposit(-5)
except ValueError as e:
    print("ValueError:", e)
print(sorted(k for k in BankAccount.__dict__ if not k.endswith("__")))
print(BankAccount._BankAccount__validate.__name__, BankAccount.opened())
print(sys.getsizeof(acct.__dict__), sys.getsizeof(s.__dict__))
