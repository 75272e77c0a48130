# Changing case: upper, lower, title, capitalize, swapcase, casefold
titles = ["the lord of the rings", "HARRY potter", "they're here", "o'neil and mcdonald", "war and peace 2"]
for t in titles:
    print(t.title().ljust(24), t.capitalize().ljust(24), t.swapcase())
print("Straße".upper(), "Straße".lower(), "Straße".casefold(), "STRASSE".casefold() == "Straße".casefold())
for s in ["Hello World", "hello world", "HELLO", "Hello world", "123", "A1b"]:
    print(s.ljust(12), s.istitle(), s.isupper(), s.islower())
name = "ada LOVELACE"
first, last = name.split()
print(first.capitalize() + " " + last.capitalize(), name.title() == "Ada Lovelace")
print("ÉCOLE".lower(), "naïve".upper(), "ß".upper(), "ǆ".title())
