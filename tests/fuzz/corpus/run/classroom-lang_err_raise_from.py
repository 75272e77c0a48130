# An uncaught exception raised from another one
class InsufficientFunds(Exception):
    pass

def withdraw(balances, name, amount):
    try:
        balance = balances[name]
    except KeyError as e:
        raise InsufficientFunds("no account for " + name) from e
    return balance - amount

accounts = {"ada": 100}
print(withdraw(accounts, "ada", 30))
withdraw(accounts, "bob", 10)
