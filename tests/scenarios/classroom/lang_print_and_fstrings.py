# print() options and f-string features: sep, end, debugging with =, nested specs
import sys
print("a", "b", "c")
print("a", "b", "c", sep="-")
print("no newline", end="")
print(" ...continued", end="!\n")
print(*range(5), sep=", ")
print()
print("to stdout", file=sys.stdout)
print("error text goes to stderr", file=sys.stderr)
name, age = "Ann", 31
print(f"{name=} {age=} {age * 2 = } {name!r:>8} {age:#x}")
value = 3.14159
width = 10
print(f"[{value:{width}.2f}] [{value:<{width}}] [{name:^{width}}] [{'':-^{width}}]")
items = {"pen": 1.5, "notebook": 3.25}
for item, price in items.items():
    print(f"{item:.<15}{price:>6.2f}")
print(f"{'nested ' + 'expr'} {[x ** 2 for x in range(4)]} {dict(a=1)['a']} {len(items)} {'yes' if age > 18 else 'no'}")
print(f"{{braces}} {{{name}}}", f"{3 + 4j}", f"{None}", f"{True:d}", f"{1234567:,}", f"{-42:+08d}")
class Money:
    def __init__(self, amount):
        self.amount = amount
    def __format__(self, spec):
        if spec == "short":
            return f"${self.amount:.0f}"
        return f"${self.amount:,.2f}"
    def __str__(self):
        return f"Money({self.amount})"
    def __repr__(self):
        return f"Money(amount={self.amount!r})"
m = Money(1234.5)
print(f"{m} {m:short} {m!s} {m!r}", format(m), str(m), [m])
print("%5.1f|%-5d|%05d|%s|%r" % (2.25, 42, 42, m, "x"), "%c%c" % (72, "i"), "%%")
print("{:>8}|{:<8}|{:^8}|{:08.3f}".format("r", "l", "c", 3.14159))
print("{0}{1}{0}".format("ab", "-"), "{x[1]}{y.real}".format(x="xyz", y=2.5), "{!r:^9}".format("q"))
print(str(12), repr("12"), ascii("café"), repr([1, "two", 3.0, None, (4,)]))
