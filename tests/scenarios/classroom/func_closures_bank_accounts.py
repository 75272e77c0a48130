# Closures as objects: an account made of functions sharing private state
def make_account(owner, balance=0):
    history = []

    def deposit(amount):
        nonlocal balance
        if amount <= 0:
            raise ValueError("deposit must be positive")
        balance += amount
        history.append(("deposit", amount))
        return balance

    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            raise ValueError(f"{owner} cannot withdraw {amount}; balance is {balance}")
        balance -= amount
        history.append(("withdraw", amount))
        return balance

    def report():
        lines = [f"{kind:>8}: {amt:6.2f}" for kind, amt in history]
        return "\n".join(lines + [f"{'balance':>8}: {balance:6.2f}"])

    return {"deposit": deposit, "withdraw": withdraw, "report": report}


acct = make_account("ada", 100)
acct["deposit"](50)
acct["withdraw"](30.5)
for bad in (lambda: acct["withdraw"](1000), lambda: acct["deposit"](-5)):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
print(acct["report"]())
dep = acct["deposit"]
print(dep.__code__.co_freevars, [type(c.cell_contents).__name__ for c in dep.__closure__])
print(dep.__closure__[1].cell_contents == 119.5)
other = make_account("bob")
print(other["deposit"](5), acct["deposit"](0.5))
print(dep.__qualname__, acct["report"].__closure__ is None)


def counter_factory():
    counts = {}

    def count(word):
        counts[word] = counts.get(word, 0) + 1
        return counts[word]
    count.counts = counts
    return count


w = counter_factory()
for word in "a b a c a b".split():
    w(word)
print(w.counts, w.__dict__.keys())
