# An apostrophe inside single quotes ends the string too early
greeting = "Hello"
message = 'it's a sunny day'
print(greeting, message)
