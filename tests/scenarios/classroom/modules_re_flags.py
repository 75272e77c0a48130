# The flags change how a pattern matches: IGNORECASE, MULTILINE, DOTALL,
# VERBOSE and ASCII, given to compile() or written inside the pattern.
import re

text = "First line\nsecond Line\nTHIRD LINE"

print(re.findall(r"line", text))
print(re.findall(r"line", text, re.IGNORECASE))
print(re.findall(r"(?i)line", text))

# ^ and $ at every line with MULTILINE
print(re.findall(r"^\w+", text))
print(re.findall(r"^\w+", text, re.M))
print(re.findall(r"\w+$", text, re.M))

# the dot and newlines
print(re.search(r"First.*THIRD", text))
print(re.search(r"First.*THIRD", text, re.DOTALL).span())

# flags combine with |
print(re.findall(r"^s\w+", text, re.I | re.M))
print(re.I | re.M, re.I.value, int(re.M | re.S))
print(repr(re.IGNORECASE), re.A)

# VERBOSE: spaces and comments in the pattern are ignored
PHONE = re.compile(r"""
    (\d{3})     # area code
    [-\s]?      # optional separator
    (\d{4})     # number
""", re.VERBOSE)
print(PHONE.search("call 555 1234 now").groups())

# the compiled pattern keeps its flags
p = re.compile(r"\w+", re.I | re.M)
print(p)
print(p.flags, p.flags & re.I != 0)
print(re.compile(r"\w+").flags, re.compile(r"\w+", re.A).flags)

# ASCII: \w without accents
print(re.findall(r"\w+", "café naïve"), re.findall(r"\w+", "café naïve", re.A))

# a flag for one part of the pattern only
print(re.findall(r"(?i:the) cat", "The cat, the cat, THE CAT"))
