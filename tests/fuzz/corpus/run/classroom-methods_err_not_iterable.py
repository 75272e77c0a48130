# any() needs an iterable, not a number
marks = 7
print("checking", marks)
print(any(marks))
