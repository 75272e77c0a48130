# An off-by-one loop: range(len(a) + 1) reads one past the end (IndexError)
temperatures = [18, 21, 19, 25, 23]

print("days:", len(temperatures))
for i in range(len(temperatures) - 1):
    change = temperatures[i + 1] - temperatures[i]
    print(f"day {i} -> day {i + 1}: {change:+d}")

hottest = temperatures[0]
for i in range(len(temperatures) + 1):
    print("checking day", i)
    if temperatures[i] > hottest:
        hottest = temperatures[i]
print("hottest:", hottest)
