# Custom exceptions, raise ... from, and the chain that follows
class BankError(Exception):
    pass

class InsufficientFunds(BankError):
    def __init__(self, balance, amount):
        super().__init__(f"balance {balance} is less than {amount}")
        self.balance = balance
        self.amount = amount

class AccountLocked(BankError):
    """The account cannot be used."""

def withdraw(balance, amount):
    if amount <= 0:
        raise ValueError("amount must be positive")
    if amount > balance:
        raise InsufficientFunds(balance, amount)
    return balance - amount

def parse_amount(text):
    try:
        return int(text)
    except ValueError as e:
        raise BankError(f"bad amount {text!r}") from e

for amt in (30, 500, -5):
    try:
        print("left:", withdraw(100, amt))
    except InsufficientFunds as e:
        print("InsufficientFunds:", e, e.balance, e.amount, e.args)
    except BankError as e:
        print("other bank error", e)
    except ValueError as e:
        print("ValueError:", e)
try:
    parse_amount("12x")
except BankError as e:
    print(type(e).__name__, e, "| cause:", type(e.__cause__).__name__, e.__cause__)
    print(e.__suppress_context__, e.__context__ is e.__cause__)
try:
    try:
        {}["missing"]
    except KeyError:
        raise AccountLocked("locked after error")
except AccountLocked as e:
    print(repr(e), repr(e.__context__), e.__cause__, AccountLocked.__doc__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("hidden") from None
except RuntimeError as e:
    print(e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
print(issubclass(InsufficientFunds, BankError), InsufficientFunds.__mro__[1:3], BankError("a", 2).args, str(BankError()))
e = InsufficientFunds(1, 2)
print(isinstance(e, Exception), e.__traceback__, repr(BankError("x")), str(BankError("x", "y")))
parse_amount("ten")
