# sort() returns None: chaining on its result fails
names = ["Cleo", "Ari", "Bo"]
ordered = names.sort()
print(ordered.upper())
