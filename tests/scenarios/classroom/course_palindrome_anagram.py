# Palindromes and anagrams: cleaning strings, reversing, sorting letters
def clean(s):
    return "".join(ch.lower() for ch in s if ch.isalnum())

def is_palindrome(s):
    c = clean(s)
    return c == c[::-1]

def is_pal_rec(s):
    if len(s) < 2:
        return True
    return s[0] == s[-1] and is_pal_rec(s[1:-1])

phrases = ["racecar", "A man, a plan, a canal: Panama", "hello", "Was it a car or a cat I saw?", "No 'x' in Nixon", ""]
for p in phrases:
    print(f"{p!r:35} {is_palindrome(p)!s:>5} {is_pal_rec(clean(p))}")

def are_anagrams(a, b):
    return sorted(clean(a)) == sorted(clean(b))

pairs = [("listen", "silent"), ("Dormitory", "dirty room"), ("hello", "world"), ("The eyes", "They see")]
for a, b in pairs:
    print("%-10s %-10s %s" % (a, b, are_anagrams(a, b)))
words = ["enlist", "google", "inlets", "banana", "listen", "silent", "tinsel", "gogole"]
groups = {}
for w in words:
    key = "".join(sorted(w))
    groups.setdefault(key, []).append(w)
for key, group in groups.items():
    if len(group) > 1:
        print(key, "->", group)
print([w for w in ["level", "rotor", "python", "noon", "stats"] if w == "".join(reversed(w))])
print("Madam"[::-1], "Madam".casefold() == "madam"[::-1], "straße".casefold(), "STRASSE".lower())
