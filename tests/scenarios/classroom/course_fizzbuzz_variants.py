# FizzBuzz three ways: if/elif, string building, and a dict of rules
def fizzbuzz_classic(n):
    for i in range(1, n + 1):
        if i % 15 == 0:
            print("FizzBuzz")
        elif i % 3 == 0:
            print("Fizz")
        elif i % 5 == 0:
            print("Buzz")
        else:
            print(i)

def fizzbuzz_concat(n):
    out = []
    for i in range(1, n + 1):
        word = ""
        if i % 3 == 0:
            word += "Fizz"
        if i % 5 == 0:
            word += "Buzz"
        out.append(word or str(i))
    return out

rules = {3: "Fizz", 5: "Buzz", 7: "Bazz"}

def fizzbuzz_rules(n, rules):
    lines = []
    for i in range(1, n + 1):
        s = "".join(w for d, w in sorted(rules.items()) if i % d == 0)
        lines.append(f"{i:>3}: {s if s else i}")
    return lines

fizzbuzz_classic(15)
print(", ".join(fizzbuzz_concat(20)))
for line in fizzbuzz_rules(21, rules)[-7:]:
    print(line)
print([x for x in fizzbuzz_concat(30) if not x.isdigit()].count("FizzBuzz"))
print("%d fizzes" % sum(1 for w in fizzbuzz_concat(100) if w == "Fizz"))
print(len(fizzbuzz_concat(105)), fizzbuzz_concat(105)[-1])
