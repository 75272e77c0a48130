# NameError with "Did you mean": a typo in a variable name, left uncaught
total_score = 0
for points in [10, 20, 30]:
    total_score += points
print("total:", total_score)
average = total_scor / 3
print(average)
