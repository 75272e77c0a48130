# input() when there is nothing to read: EOFError
print("What is your name?")
name = input("> ")
print("Hello,", name)
