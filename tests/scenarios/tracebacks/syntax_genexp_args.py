values = [3, 1, 2]
print(sum(v * v for v in values, 10))
