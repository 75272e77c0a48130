# What a match object holds: the groups, their spans, the string and the
# pattern; a group that did not take part is None.
import re

m = re.search(r"(\w+)@(\w+)\.(com|org)?", "contact: admin@python.org, thanks")
print(m)
print(m.group(), m.group(1), m.group(2, 3))
print(m[0], m[1], m[3])
print(m.groups())
print(m.start(), m.end(), m.span(1), m.span(3))
print(m.string)
print(m.re)
print(m.pos, m.endpos, m.lastindex)
print(bool(m))

# an optional group that did not match
m = re.match(r"(\d+)(?:\.(\d+))?", "42 apples")
print(m.groups(), m.groups("0"), m.group(2), m.span(2))

# named groups
m = re.match(r"(?P<first>\w+) (?P<last>\w+)", "Grace Hopper")
print(m.groupdict(), m["last"], m.group("first"), m.lastgroup)
print(m.re.groupindex)

# asking for a group that does not exist
for key in [3, "middle"]:
    try:
        m.group(key)
    except IndexError as e:
        print("IndexError:", e)

# no match is None, so test before using it
for text in ["2024", "year 2024"]:
    m = re.match(r"\d+", text)
    if m:
        print(text, "->", m.group())
    else:
        print(text, "-> no match at the start")

# pos and endpos: search only part of the string
p = re.compile(r"\d+")
print(p.search("ab12cd34", 4))
print(p.search("ab12cd34", 0, 3))
print(p.match("ab12cd34", 2))
