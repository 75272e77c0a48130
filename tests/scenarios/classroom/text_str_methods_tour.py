# A tour of str methods, including the unicode-aware tests
s = "Hello, World"
print(s.lower(), s.upper(), s.swapcase(), s.title(), s.capitalize(), s.casefold())
print("ß".upper(), "ß".casefold(), "ß".lower(), "İ".lower(), len("İ".lower()), "ﬁ".upper(), "Straße".casefold() == "strasse")
print("hello world-foo bar_baz".title(), "they're bill's".title(), "ǅ".istitle(), "UPPER".isupper(), "MiXeD".islower())
for t in ("123", "١٢٣", "½", "²", "Ⅷ", "12.5", "", "十", "0x1F", " 1"):
    print(f"{t!r:>8} decimal={t.isdecimal()!s:<5} digit={t.isdigit()!s:<5} numeric={t.isnumeric()!s:<5} alnum={t.isalnum()}")
for t in ("name", "_x1", "1abc", "my-var", "café", "class", "", "π"):
    print(f"{t!r:>8} isidentifier={t.isidentifier()} isascii={t.isascii()} isprintable={t.isprintable()}")
print("tab\there".isprintable(), " \t\n\u00a0\u2003".isspace(), "".isspace(), "Ünïcödé".isalpha())
print(s.removeprefix("Hello, "), s.removesuffix("World"), s.removeprefix("x"), s.startswith("World", 7), s.endswith(("d", "z")))
print(s.find("o"), s.find("o", 5), s.rfind("o"), s.find("z"), s.index("W"), s.rindex("l"), s.count("l"), s.count(""), s.count("l", 0, 4))
try:
    s.index("z")
except ValueError as e:
    print("ValueError:", e)
print(s.partition(", "), s.rpartition("o"), s.partition("#"), s.rpartition("#"))
print(s.split(", "), s.split("o", 1), s.rsplit("o", 1), s.split(maxsplit=0), "a b  c".split(None, 1))
print(s.replace("l", "L"), s.replace("l", "L", 2), s.replace("", "|"), s.replace("", "-", 3))
print(s.center(20, "~"), s.ljust(15, "."), s.rjust(15), s.zfill(15), "+42".zfill(6), "abc".center(6))
print(repr("  x  ".strip()), repr("xxhixx".lstrip("x")), repr("\n\tz ".rstrip()), "www.example.com".strip("cmowz."))
print("-".join("abc"), "".join([]), "\n".join(["a", "b"]).splitlines(), "a\u2028b".splitlines(True))
try:
    ", ".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
tab = "name\tage\tcity"
print(tab.expandtabs(), tab.expandtabs(12), "01\t012\t0123\t".expandtabs(4) + "|")
table = str.maketrans("aeiou", "AEIOU", "xyz")
print("xylophone quiz".translate(table), str.maketrans({"a": 1, "b": "B", "c": None}))
try:
    str.maketrans("ab", "c")
except ValueError as e:
    print("ValueError:", e)
print("Hello"[1:4], "Hello"[-1], "Hello"[::-1], "Hello" * 2, "ell" in "Hello", "Hello" < "help", "a" * 0 == "")
print(s.encode(), "{} {}".format(len(s), s.isalnum()), "%-8s|" % s[:5], str(3.0), str(-0.0), str(1e100))
