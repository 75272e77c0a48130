# FizzBuzz three ways: if/elif chain, string building, and a dict of rules
def fizzbuzz_if(n):
    if n % 15 == 0:
        return "FizzBuzz"
    elif n % 3 == 0:
        return "Fizz"
    elif n % 5 == 0:
        return "Buzz"
    else:
        return str(n)

def fizzbuzz_concat(n):
    out = ""
    if n % 3 == 0:
        out += "Fizz"
    if n % 5 == 0:
        out += "Buzz"
    return out or str(n)

RULES = {3: "Fizz", 5: "Buzz", 7: "Bazz"}

def fizzbuzz_rules(n, rules=RULES):
    words = [word for d, word in sorted(rules.items()) if n % d == 0]
    return "".join(words) if words else str(n)

for i in range(1, 22):
    a, b, c = fizzbuzz_if(i), fizzbuzz_concat(i), fizzbuzz_rules(i)
    same = "same" if a == b else "differs"
    print(f"{i:>3} {a:<9} {b:<9} {c:<12} {same}")

counts = {}
for i in range(1, 101):
    key = fizzbuzz_if(i)
    if not key.isdigit():
        counts[key] = counts.get(key, 0) + 1
print(counts)
print([fizzbuzz_if(i) for i in range(9, 16) if i % 2])
while_i = 0
while True:
    while_i += 1
    if fizzbuzz_if(while_i) == "FizzBuzz":
        break
print("first FizzBuzz at", while_i)
