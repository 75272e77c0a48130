# !r, !s and !a are the only conversions an f-string knows
name = "Ada"
print(f"{name!r} has {len(name)} letters")
print(f"{name!x} has {len(name)} letters")
