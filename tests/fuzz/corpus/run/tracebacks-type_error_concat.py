# Joining text and a number without str()
age = 17
message = "You are " + age + " years old"
print(message)
