# weakref.proxy: use an object through a weak reference, until it is gone
import sys
import weakref


class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount):
        self.balance += amount
        return self.balance

    def __len__(self):
        return len(self.owner)


acct = Account("ada", 100)
p = weakref.proxy(acct)
print(p.owner, p.deposit(50), acct.balance, len(p))
p.balance = 10
print("set through the proxy:", acct.balance)
print("proxy type:", type(p).__name__, "size:", sys.getsizeof(p))
print("refcount unchanged:", sys.getrefcount(acct))
print("same proxy again:", weakref.proxy(acct) is p, weakref.getweakrefcount(acct))
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)

f = weakref.proxy(print)
print("callable proxy:", type(f).__name__)

del acct
try:
    p.balance
except ReferenceError as e:
    print("ReferenceError:", e)
try:
    p.deposit(1)
except ReferenceError as e:
    print("again:", e)
print(isinstance(ReferenceError(), Exception))
