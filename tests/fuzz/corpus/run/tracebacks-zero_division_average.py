# The average of an empty list
def average(values):
    return sum(values) / len(values)

print(average([4, 8, 15]))
print(average([]))
