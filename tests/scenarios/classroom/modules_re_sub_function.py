# re.sub with a function: the function gets each match and returns its
# replacement, so the replacement can be computed.
import re

prices = "apple $1.20, bread $2.50, cheese $7.05"

def with_tax(m):
    amount = float(m.group(1))
    return f"${amount * 1.2:.2f}"

print(re.sub(r"\$(\d+\.\d{2})", with_tax, prices))

# capitalise every word, with a lambda
print(re.sub(r"\b\w", lambda m: m.group().upper(), "the quick brown fox"))

# censor words, keeping their first letter
BAD = re.compile(r"\b(darn|heck|drat)\b", re.IGNORECASE)
print(BAD.sub(lambda m: m.group()[0] + "*" * (len(m.group()) - 1), "Darn it, what the heck, drat!"))

# snake_case to camelCase and back
def camel(name):
    return re.sub(r"_([a-z])", lambda m: m.group(1).upper(), name)

def snake(name):
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()

for name in ["total_price", "user_id_number", "x"]:
    print(name, "->", camel(name), "->", snake(camel(name)))

# a counter kept between calls: number the blanks
count = 0
def number(m):
    global count
    count += 1
    return f"[{count}]"

print(re.sub(r"_+", number, "The ___ sat on the ____ near the __."))
print("blanks:", count)

# templates from a dict
template = "Dear {name}, your order {order} ships on {day}."
values = {"name": "Ada", "order": "#42", "day": "Monday"}
print(re.sub(r"\{(\w+)\}", lambda m: values.get(m.group(1), m.group()), template))

# cleanup: collapse spaces, strip spaces before punctuation
messy = "This   is  a   sentence ,with  bad   spacing !"
clean = re.sub(r"\s+", " ", messy)
clean = re.sub(r"\s+([,.!?])", r"\1", clean)
clean = re.sub(r",(?=\S)", ", ", clean)
print(repr(clean))
