# Testing characters: isdigit, isdecimal, isnumeric, isalpha, isalnum, isspace, isidentifier
samples = ["123", "12.5", "-4", "²", "½", "abc", "abc123", "ABC", " \t\n", "", "hello_world", "2fast", "class", "Ünïcode"]
print("text".ljust(12), "digit dec   num   alpha alnum space ident")
for s in samples:
    flags = [s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalpha(), s.isalnum(), s.isspace(), s.isidentifier()]
    print(repr(s).ljust(12), " ".join(str(f).ljust(5) for f in flags))
print("ascii".isascii(), "café".isascii(), "".isascii(), "Tab\there".isprintable(), "ok".isprintable())
answers = ["42", "forty", " 7 ", "3"]
numbers = [int(a) for a in answers if a.strip().isdigit()]
print(numbers, sum(numbers))
