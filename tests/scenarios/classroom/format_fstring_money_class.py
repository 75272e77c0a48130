# A Money class whose __format__ understands its own spec
class Money:
    def __init__(self, cents, currency="EUR"):
        self.cents = cents
        self.currency = currency

    def __format__(self, spec):
        amount = self.cents / 100
        if spec == "short":
            return f"{amount:.0f} {self.currency}"
        text = f"{amount:,.2f} {self.currency}"
        return format(text, spec)

    def __repr__(self):
        return f"Money({self.cents!r}, {self.currency!r})"


prices = [Money(199), Money(123456), Money(5, "USD")]
for p in prices:
    print(f"[{p}] [{p:>16}] [{p:short}] {p!r}")
total = Money(sum(p.cents for p in prices))
print(f"Total: {total:*^20}")
print("{:>15}|{!r}".format(total, total))
