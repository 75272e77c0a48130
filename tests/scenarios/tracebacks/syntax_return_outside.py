numbers = [4, 8, 15]
for n in numbers:
    if n > 10:
        return n
