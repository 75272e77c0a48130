# Cleaning up messy student input with re.sub and re.fullmatch before
# storing it: names, spaces, numbers and postcodes.
import re

raw_names = ["  ada   LOVELACE ", "grace\thopper", "ALAN  m.  turing", "  "]
for raw in raw_names:
    name = re.sub(r"\s+", " ", raw).strip()
    name = re.sub(r"\b(\w)(\w*)", lambda m: m.group(1).upper() + m.group(2).lower(), name)
    print(repr(raw), "->", repr(name))

# only digits of a phone number
for raw in ["(555) 123-4567", "555.123.4567", "+1 555 123 4567"]:
    digits = re.sub(r"\D", "", raw)
    print(raw, "->", digits, len(digits))

# numbers written with commas and spaces
amounts = ["1,234", "12 500", "3.5", "1,000,000.25", "abc"]
for raw in amounts:
    cleaned = re.sub(r"[,\s]", "", raw)
    if re.fullmatch(r"\d+(\.\d+)?", cleaned):
        print(raw, "->", float(cleaned))
    else:
        print(raw, "-> not a number")

# UK-style postcodes, normalised to upper case with one space
POSTCODE = re.compile(r"([A-Z]{1,2}\d[A-Z\d]?)\s*(\d[A-Z]{2})", re.I)
for raw in ["sw1a1aa", "EC1A 1BB", "w1a   0ax", "12345"]:
    m = POSTCODE.fullmatch(raw.strip())
    print(raw, "->", f"{m.group(1).upper()} {m.group(2).upper()}" if m else None)

# strip HTML tags and collapse blank lines
html = "<p>Hello <b>class</b>!</p>\n\n\n<p>Homework is due <i>Friday</i>.</p>"
plain = re.sub(r"<[^>]+>", "", html)
plain = re.sub(r"\n{2,}", "\n", plain)
print(plain)

# subn tells how much was cleaned
print(re.subn(r"[^\w\s]", "", "Wow!!! Such... punctuation???"))
