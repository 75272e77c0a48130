# Records processing: grouping with dicts, sorting with several keys, nested comprehensions
from collections import defaultdict, Counter, namedtuple
import sys

Sale = namedtuple("Sale", "region product qty price")
raw = """north,apple,10,0.5
south,pear,5,0.75
north,pear,3,0.8
east,apple,7,0.55
south,apple,12,0.45
east,fig,2,2.5
north,fig,1,2.4
south,pear,8,0.7"""

sales = [Sale(r, p, int(q), float(pr)) for r, p, q, pr in (line.split(",") for line in raw.splitlines())]
print(len(sales), sales[0])
by_region = defaultdict(list)
for s in sales:
    by_region[s.region].append(s)
totals = {region: round(sum(s.qty * s.price for s in items), 2) for region, items in sorted(by_region.items())}
print(totals)
best = max(totals.items(), key=lambda kv: kv[1])
print("best region:", best)
qty = Counter()
for s in sales:
    qty[s.product] += s.qty
print(qty.most_common(), sum(qty.values()))
table = sorted(sales, key=lambda s: (s.product, -s.qty))
for s in table[:4]:
    print(f"{s.product:<6}{s.region:>6}{s.qty:>4}{s.price:>7.2f}")
matrix = {r: {p: sum(s.qty for s in sales if s.region == r and s.product == p) for p in sorted(qty)}
          for r in sorted(by_region)}
print(matrix)
print([[row[p] for p in sorted(qty)] for row in matrix.values()])
avg_price = {p: round(sum(s.price for s in sales if s.product == p) / n, 3) for p, n in
             Counter(s.product for s in sales).items()}
print(dict(sorted(avg_price.items())))
print(sys.getsizeof(sales[0]), sys.getsizeof(tuple(sales[0])), sales[0]._fields)
