# A typo inside an f-string: the caret points at the name in the braces
student = "Ada"
score = 93.5
print(f"{student:<10} scored {score:5.1f}")
print(f"{studnet:<10} scored {score:5.1f}")
