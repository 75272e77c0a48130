# A regular expression with a mistake, not caught: the program stops
# with re.error, after the lines before it ran.
import re

patterns = [r"\d+", r"[a-z]+", r"(\w+)@(\w+", r"\s+"]
compiled = []
for text in patterns:
    print("compiling", text)
    compiled.append(re.compile(text))
print("never printed:", len(compiled))
