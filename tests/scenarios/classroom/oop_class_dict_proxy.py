# A class's __dict__ is a read-only mappingproxy; an instance's is a dict
import sys


class Account:
    bank = "PyBank"
    rate = 0.01

    def __init__(self, owner):
        self.owner = owner

    def describe(self):
        return f"{self.owner} at {self.bank}"


acct = Account("Ada")
cd = Account.__dict__
print(type(cd).__name__, type(acct.__dict__).__name__)
print("bank" in cd, cd["rate"], cd.get("missing", "n/a"), len(cd) > 3)
print(sorted(k for k in cd if not k.startswith("__")))
print([k for k, v in cd.items() if callable(v)])
try:
    Account.__dict__["rate"] = 0.05
except TypeError as e:
    print("TypeError:", e)
Account.rate = 0.05          # setattr is the way to change a class
print(Account.__dict__["rate"], acct.rate)
acct.__dict__["nickname"] = "A"
print(acct.nickname, acct.__dict__)
print(Account.__dict__ == dict(Account.__dict__), Account.__dict__ is Account.__dict__)
print("size of the proxy:", sys.getsizeof(Account.__dict__))
print(type(Account.__dict__["describe"]).__name__, Account.__dict__["describe"](acct))
print(Account.__dict__["__dict__"], Account.__dict__["__weakref__"])
print(repr(Account.__dict__)[:38])
print("__init__" in int.__dict__, "__add__" in int.__dict__, "append" in list.__dict__, "append" in vars(list))
print(type(vars(Account)).__name__, "bank" in vars(Account))
