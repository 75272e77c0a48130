# Week 6: cleaning up messy text with string methods
raw = "   Alice Smith ;  alice@EXAMPLE.com ; 555-0134   \n"
name, email, phone = [part.strip() for part in raw.split(";")]
print(repr(name), repr(email.casefold()), repr(phone))
user, _, domain = email.partition("@")
print(user, domain.lower())
print("555-0134".rpartition("-"))
print("no dash".partition("-"))

first, last = name.split()
print(f"{last.upper()}, {first}")
print(name.swapcase(), name.title(), name.lower().capitalize())

csv_line = "42,  Bob ,bob@x.org,,  Carol  "
fields = csv_line.split(",")
print(fields)
print([f.strip() or "<blank>" for f in fields])
print("a,b,,c".split(",", 1), "a b  c".split(), "a b  c".split(" "))
print("one\ntwo\r\nthree".splitlines())
print("key=value=more".rsplit("=", 1))

# join
words = ["never", "odd", "or", "even"]
print(" ".join(words))
print("-".join(words).upper())
print("".join(reversed("stressed")))
print(", ".join(str(n) for n in range(5)))

# translate and maketrans
no_vowels = str.maketrans("", "", "aeiouAEIOU")
print("Programming is fun".translate(no_vowels))
leet = str.maketrans("aeiost", "431057")
print("toast is the best".translate(leet))
rot = str.maketrans({"a": "1", "b": None, "c": "see"})
print("abcabc".translate(rot))

# casefold vs lower
print("Straße".lower(), "Straße".casefold(), "STRASSE".casefold() == "Straße".casefold())

# strip family
print("xxhixx".strip("x"), "xxhixx".lstrip("x"), "xxhixx".rstrip("x"))
print("www.example.com".strip("cmowz."))
print("  padded  ".strip() + "|")
print("report.final.txt".removesuffix(".txt"), "unhappy".removeprefix("un"))

# searching
text = "the cat sat on the mat with the hat"
print(text.count("the"), text.find("at"), text.rfind("at"), text.find("dog"))
print(text.index("sat"), text.startswith("the"), text.endswith(("hat", "cap")))
print(text.replace("the", "a"), text.replace("the", "a", 1))

# predicates
for s in ["123", "12.5", "abc", "abc123", "   ", "Title Case", "UPPER", ""]:
    print(f"{s!r:>12}: digit={s.isdigit()!s:5} alpha={s.isalpha()!s:5} alnum={s.isalnum()!s:5} "
          f"space={s.isspace()!s:5} title={s.istitle()!s:5} upper={s.isupper()}")

# formatting helpers
print("7".zfill(3), "-7".zfill(4), "abc".center(9, "*"), "tab\tstop".expandtabs(4))
print("Hello {}! You are {} years old.".format("Sam", 12))
print("{0} {1} {0}".format("ping", "pong"))
print("{name:>8}|{score:<6.1f}|".format(name="Zoe", score=9.25))
print("%s scored %d (%.1f%%)" % ("Kim", 45, 90.0))

# acronyms and title checks
phrase = "portable network graphics"
print("".join(w[0] for w in phrase.split()).upper())
sentence = "  the   spaces   between   words  "
print(" ".join(sentence.split()))
print(ord("A"), chr(97), [ord(c) - ord("a") for c in "hello"])
