# Greedy and lazy quantifiers: * takes as much as it can, *? as little.
import re

html = "<b>bold</b> and <i>italic</i>"
print(re.findall(r"<.*>", html))
print(re.findall(r"<.*?>", html))
print(re.findall(r"<(\w+)>(.*?)</\1>", html))

# counted repeats
for pattern in [r"a{2}", r"a{2,3}", r"a{2,}", r"a{,2}", r"a{2,3}?"]:
    print(f"{pattern:8}", re.findall(pattern, "aaaaaaa"))

# ? makes something optional; + needs at least one
print(re.findall(r"colou?r", "color colour colouur"))
print(re.findall(r"\d+", "a1b22c333"))
print(re.findall(r"\d*", "a1b22"))

# backtracking: the greedy .* gives back what the rest needs
m = re.match(r"(.*)(\d+)", "order 12345")
print(m.groups())
m = re.match(r"(.*?)(\d+)", "order 12345")
print(m.groups())

# alternation tries left to right
print(re.match(r"cat|category", "category").group())
print(re.match(r"category|cat", "category").group())

# empty matches are found between characters
print(re.sub(r"x*", "-", "abc"))
print(re.split(r"\b", "hi there"))

# a backreference: doubled words
print(re.findall(r"\b(\w+) \1\b", "this is is a test test of the the code"))
print(re.sub(r"\b(\w+) \1\b", r"\1", "this is is a test test"))
