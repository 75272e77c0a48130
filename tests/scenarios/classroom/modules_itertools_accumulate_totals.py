# Running totals of a bank account with itertools.accumulate
from itertools import accumulate
import operator

deposits = [100, -30, 250, -75, 40]
balances = list(accumulate(deposits))
for change, balance in zip(deposits, balances):
    print(f"{change:+5d} -> {balance:4d}")

# a starting balance
print(list(accumulate(deposits, initial=500)))

# other operations than +
print(list(accumulate([3, 1, 4, 1, 5, 9, 2, 6], max)))
print(list(accumulate(range(1, 7), operator.mul)))


# compound interest, year by year
def grow(balance, rate):
    return round(balance * (1 + rate), 2)


print(list(accumulate([0.05, 0.05, 0.10], grow, initial=1000)))
