temperature = 25
label = "hot" if temperature > 30
print(label)
