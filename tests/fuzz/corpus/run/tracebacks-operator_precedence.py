# Where exactly did it fail? The carets point at the operator
width, height = 4, 0
ratio = (width + 2) * 3 / height
print(ratio)
