# A float cannot be formatted as an integer: the error a student meets
price = 4.5
print("{:.2f}".format(price))
print("{:d}".format(int(price)))
print("{:d}".format(price))
