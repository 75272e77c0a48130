# The classic off-by-one: the loop runs one step too far
scores = [90, 85, 77]
total = 0
for i in range(len(scores) + 1):
    total += scores[i]
print(total)
