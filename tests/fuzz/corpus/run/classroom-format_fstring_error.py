# A common slip: a whole-number format code for a float
average = 17.5
print(f"The average is {average:.1f}")
print(f"Rounded down: {int(average):d}")
print(f"As integer: {average:d}")
