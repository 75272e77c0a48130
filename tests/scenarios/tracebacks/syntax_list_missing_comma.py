scores = [90, 85 77, 60]
print(sum(scores))
