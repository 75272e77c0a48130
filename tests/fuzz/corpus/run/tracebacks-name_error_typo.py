# A misspelt variable name
counter = 0
for step in range(3):
    counter = countr + 1
