# Converting user-style input that is not a whole number
answers = ["12", "7", "3.5"]
numbers = [int(a) for a in answers]
print(numbers)
