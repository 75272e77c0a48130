# Week 8: exceptions - a custom hierarchy, raise from, else and finally
class BankError(Exception):
    """Base class for everything that can go wrong at the bank."""

class InsufficientFunds(BankError):
    def __init__(self, balance, amount):
        super().__init__(f"cannot withdraw {amount:.2f}; balance is {balance:.2f}")
        self.balance = balance
        self.amount = amount

    @property
    def shortfall(self):
        return self.amount - self.balance

class AccountLocked(BankError):
    pass

class InvalidAmount(BankError, ValueError):
    pass

class Account:
    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self.balance = balance
        self.locked = False

    def withdraw(self, amount):
        if self.locked:
            raise AccountLocked(self.owner)
        if amount <= 0:
            raise InvalidAmount(f"amount must be positive, got {amount}")
        if amount > self.balance:
            raise InsufficientFunds(self.balance, amount)
        self.balance -= amount
        return self.balance

acct = Account("Ravi", 100)
for amount in [30, -5, 500, 20]:
    try:
        left = acct.withdraw(amount)
    except InsufficientFunds as e:
        print(f"Declined: {e} (short by {e.shortfall:.2f})")
    except BankError as e:
        print(f"{type(e).__name__}: {e}")
    else:
        print(f"Withdrew {amount}, {left:.2f} left")
    finally:
        print("  -- transaction logged")

acct.locked = True
try:
    acct.withdraw(1)
except BankError as e:
    print(repr(e), e.args)

print(issubclass(InvalidAmount, ValueError), InvalidAmount.__mro__[1].__name__)
try:
    acct.locked = False
    acct.withdraw(0)
except ValueError as e:
    print("caught as ValueError:", e)

def parse_amount(text):
    try:
        return float(text)
    except ValueError as e:
        raise InvalidAmount(f"not a number: {text!r}") from e

try:
    parse_amount("ten")
except InvalidAmount as e:
    print(e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)
    print("suppress context:", e.__suppress_context__)

def convert(text):
    try:
        return int(text)
    except ValueError:
        raise KeyError(text)

try:
    convert("x")
except KeyError as e:
    print("context:", repr(e.__context__), "cause:", e.__cause__)

def cleanup_order():
    try:
        print("try")
        return "from try"
    finally:
        print("finally runs before the return")

print(cleanup_order())

def finally_overrides():
    try:
        return 1
    finally:
        return 2
print(finally_overrides())

def nested():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            print("inner caught")
            raise
        finally:
            print("inner finally")
    except ArithmeticError as e:
        print("outer caught", type(e).__name__, e)

nested()

errors = [ZeroDivisionError, IndexError, KeyError, TypeError, FileNotFoundError]
for cls in errors:
    print(f"{cls.__name__:>18} -> {[c.__name__ for c in cls.__mro__[1:-2]]}")

try:
    raise InsufficientFunds(5, 10) from None
except BankError as e:
    print(e.__cause__, e.__suppress_context__, isinstance(e, Exception))

results = []
for value in ["3", "x", "0"]:
    try:
        results.append(10 // int(value))
    except (ValueError, ZeroDivisionError) as e:
        results.append(type(e).__name__)
print(results)
