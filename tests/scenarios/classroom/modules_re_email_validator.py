# Validating e-mail addresses and phone numbers: fullmatch() accepts a
# string only when the whole of it fits the pattern.
import re

EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
PHONE = re.compile(r"\(?(\d{3})\)?[ .-]?(\d{3})[ .-]?(\d{4})")

addresses = [
    "alice@example.com",
    "bob.smith+news@mail.co.uk",
    "no-at-sign.example.com",
    "carol@localhost",
    "dave@example.com trailing",
    "eve@ex-ample.org",
]
for address in addresses:
    ok = EMAIL.fullmatch(address) is not None
    print(f"{address!r:32} {'valid' if ok else 'INVALID'}")

# match() only anchors the start; search() looks anywhere
print(EMAIL.match("dave@example.com trailing"))
print(EMAIL.search("write to dave@example.com today"))

phones = ["555-123-4567", "(555) 123 4567", "555.123.4567", "5551234567", "555-1234", "phone: 555-123-4567"]
for phone in phones:
    m = PHONE.fullmatch(phone)
    if m:
        area, exchange, line = m.groups()
        print(f"{phone:22} -> ({area}) {exchange}-{line}")
    else:
        print(f"{phone:22} -> not a phone number")

# the same check, case-insensitively, for a domain whitelist
ALLOWED = re.compile(r".+@(example\.com|school\.edu)", re.IGNORECASE)
for address in ["Teacher@SCHOOL.EDU", "kid@Example.Com", "spam@evil.net"]:
    m = ALLOWED.fullmatch(address)
    print(address, "->", m.group(1) if m else None)
