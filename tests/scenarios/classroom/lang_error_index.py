# IndexError: an off-by-one loop over a list, left uncaught
colors = ["red", "green", "blue"]
for i in range(len(colors)):
    print(i, colors[i])
i = 0
while i <= len(colors):
    print(colors[i].upper())
    i += 1
