# A bank ledger: classes, properties, class attributes and a formatted statement
class Transaction:
    count = 0

    def __init__(self, kind, amount, memo=""):
        Transaction.count += 1
        self.number = Transaction.count
        self.kind = kind
        self.amount = amount
        self.memo = memo

    def signed(self):
        return self.amount if self.kind == "deposit" else -self.amount

class Account:
    interest_rate = 0.015

    def __init__(self, owner, opening=0):
        self.owner = owner
        self._ledger = []
        if opening:
            self.deposit(opening, "opening balance")

    @property
    def balance(self):
        return sum(t.signed() for t in self._ledger)

    @property
    def owner(self):
        return self._owner

    @owner.setter
    def owner(self, value):
        if not value.strip():
            raise ValueError("owner name cannot be empty")
        self._owner = value.strip().title()

    def deposit(self, amount, memo=""):
        if amount <= 0:
            raise ValueError(f"deposit must be positive: {amount}")
        self._ledger.append(Transaction("deposit", amount, memo))
        return self

    def withdraw(self, amount, memo=""):
        if amount > self.balance:
            raise ValueError(f"insufficient funds for {amount:,.2f}")
        self._ledger.append(Transaction("withdraw", amount, memo))
        return self

    def add_interest(self):
        return self.deposit(round(self.balance * self.interest_rate, 2), "interest")

    def statement(self):
        print(f"Statement for {self.owner}")
        print(f"{'#':>3}  {'Memo':<18}{'Amount':>12}{'Balance':>12}")
        running = 0
        for t in self._ledger:
            running += t.signed()
            print(f"{t.number:>3}  {t.memo or t.kind:<18}{t.signed():>+12,.2f}{running:>12,.2f}")
        print(f"{'':>3}  {'Closing balance':<18}{'':>12}{self.balance:>12,.2f}")

acct = Account("  ada lovelace ", 1500)
acct.deposit(250.75, "paycheck").withdraw(99.99, "groceries").withdraw(1200, "rent")
acct.add_interest()
acct.statement()
try:
    acct.withdraw(10_000)
except ValueError as e:
    print("Error:", e)
try:
    acct.deposit(-3)
except ValueError as e:
    print("Error:", e)
try:
    acct.owner = "   "
except ValueError as e:
    print("Error:", e)
try:
    acct.balance = 5
except AttributeError as e:
    print("AttributeError:", e)
print(acct.owner, f"{acct.balance:.2f}", Transaction.count)

savings = Account("bob", 100)
savings.interest_rate = 0.05
savings.add_interest()
print(savings.balance, Account.interest_rate, savings.interest_rate)
print(sorted(vars(savings)))
print("interest_rate" in vars(savings), "interest_rate" in vars(acct))
accounts = [acct, savings, Account("cy", 42)]
for a in sorted(accounts, key=lambda a: a.balance, reverse=True):
    print(f"{a.owner:<14}{a.balance:>10.2f}")
print(f"Bank total: {sum(a.balance for a in accounts):,.2f}")
