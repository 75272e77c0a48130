# A namedtuple cannot be changed: _replace makes a new one, assignment fails
from collections import namedtuple

Account = namedtuple("Account", "owner balance")
acct = Account("Ana", 100)
print(acct)
deposit = acct._replace(balance=acct.balance + 50)
print(acct, deposit, acct is deposit)
accounts = [acct, deposit]
print([a.balance for a in accounts])
print("now changing the balance in place...")
acct.balance = 0
print("not reached")
