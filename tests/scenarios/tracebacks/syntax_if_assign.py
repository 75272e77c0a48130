age = int("17")
if age = 18:
    print("just an adult")
