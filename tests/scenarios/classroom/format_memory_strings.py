# What formatting allocates: each result is a new str object
import sys

name = "widget"
price = 3.5
same = f"{name}"
print(same is name, format(name, "s") is name, "{}".format(name) is name)
label = f"{name:>10}"
print(repr(label), sys.getsizeof(label), label is name)
money = f"{price:.2f}"
print(money, sys.getsizeof(money), sys.getrefcount(money))
line = "%s costs %.2f" % (name, price)
print(line, sys.getsizeof(line))
euro = f"{name}: {price:.1f} €"
print(euro, len(euro), sys.getsizeof(euro))
digit = str(7)
print(digit, sys.getsizeof(digit), digit is str(7), f"{7}" is f"{7}")
cached = "%d" % 7
print(cached is "{}".format(7), format(7, "d") is format(7, "d"))
rows = [f"{i:>3}|{i * i:>5}" for i in range(4)]
print(rows, [sys.getsizeof(r) for r in rows])
