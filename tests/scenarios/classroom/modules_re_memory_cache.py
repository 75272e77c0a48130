# The memory side of re: compiled patterns are cached, so compiling the
# same text twice gives the same object; a Pattern's size grows with its
# compiled code, a Match's with its number of groups.
import re
import sys

re.purge()
p1 = re.compile(r"\d+")
p2 = re.compile(r"\d+")
print(p1 is p2)
print(re.compile(r"\d+", re.I) is p1)

# the module functions use the same cache
m = re.search(r"\d+", "abc 123")
print(m.re is p1)

# after purge() the pattern is compiled again: a new object, equal to the old
re.purge()
p3 = re.compile(r"\d+")
print(p3 is p1, p3 == p1, hash(p3) == hash(p1))

# the code of a longer pattern takes more memory
for pattern in ["", "a", "abc", r"\w+", r"(\d{4})-(\d\d)-(\d\d)", r"[a-z]+@[a-z]+\.com"]:
    print(f"{pattern!r:28} {sys.getsizeof(re.compile(pattern))}")

# a Match has two slots for each group, plus two for the whole match
for pattern in [r"\d+", r"(\d+)", r"(\d+)-(\d+)", r"(\d)(\d)(\d)(\d)"]:
    m = re.search(pattern, "tel 1234-5678")
    print(f"{pattern:20} groups={m.re.groups} size={sys.getsizeof(m)}")

# a Match keeps its string and its pattern alive
text = "x" * 50 + " 42"
before = sys.getrefcount(text)
m = re.search(r"\d+", text)
print(sys.getrefcount(text) - before, m.string is text)
pattern = m.re
print(sys.getrefcount(pattern) > 2)
del m
print(sys.getrefcount(text) - before)

# group() slices new strings out of the subject each time
m = re.search(r"(\w+) (\w+)", "hello world")
a = m.group(1)
b = m.group(1)
print(a == b, a is b, sys.getsizeof(a))
