# Tuples cannot be changed in place
point = (3, 4)
point[0] = 10
