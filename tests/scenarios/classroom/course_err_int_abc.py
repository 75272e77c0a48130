# Converting text that is not a number: ValueError: invalid literal for int()
entries = ["12", " 7 ", "-3", "abc", "40"]
numbers = []

print(int("ff", 16), int("101", 2), float("1.5"))
for text in entries:
    if text.strip().lstrip("-").isdigit():
        print("looks numeric:", repr(text))
for text in entries:
    n = int(text)
    numbers.append(n)
    print("read", n)
print(sum(numbers))
