# Binary literals only have the digits 0 and 1
mask = 0b1010
flags = 0b1012
print(mask & flags)
