# ZeroDivisionError from an average of an empty list, left uncaught
def average(values):
    return sum(values) / len(values)

print(average([3, 4, 5]))
print(average([10]))
print(average([]))
