# Lookahead and lookbehind check what is around a position without
# taking it: password rules and prices are the usual examples.
import re

def strong(password):
    rules = [
        (r"(?=.*[a-z])", "a lowercase letter"),
        (r"(?=.*[A-Z])", "an uppercase letter"),
        (r"(?=.*\d)", "a digit"),
        (r"(?=.*[^\w\s])", "a symbol"),
        (r"(?=.{8,})", "8 characters"),
    ]
    missing = [why for rule, why in rules if not re.match(rule, password)]
    return missing

for pw in ["hello", "Hello123", "Hello123!", "SHORT1!a"]:
    missing = strong(pw)
    print(f"{pw:12}", "ok" if not missing else "needs " + ", ".join(missing))

# all the rules in one pattern
STRONG = re.compile(r"^(?=.*[a-z])(?=.*[A-Z])(?=.*\d).{8,}$")
print([pw for pw in ["abcdefgH1", "abcdefgh", "Ab1"] if STRONG.match(pw)])

# lookbehind: the numbers that follow a dollar sign
print(re.findall(r"(?<=\$)\d+(?:\.\d\d)?", "costs $30, or 25 euros, or $12.50"))
# negative lookbehind: the numbers that do not
print(re.findall(r"(?<![$\d.])\b\d+\b", "costs $30, or 25 euros, or $12.50"))

# negative lookahead: words not followed by a comma
print(re.findall(r"\b\w+\b(?!,)", "red, green, blue and black"))

# thousands separators, inserted where 3k digits follow
for n in [1234567, 1000, 999, 12345678901]:
    print(re.sub(r"(?<=\d)(?=(?:\d{3})+$)", ",", str(n)))

# a word boundary is a lookaround too: \b
print(re.findall(r"\bcat\b", "cat concat cat's category"))
print(re.findall(r"\Bcat\B", "cat concat education"))
