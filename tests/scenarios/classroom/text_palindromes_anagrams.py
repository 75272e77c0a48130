# Palindromes and anagrams: cleaning, reversing and sorting strings
def clean(s):
    return "".join(ch.lower() for ch in s if ch.isalnum())

def is_palindrome(s):
    c = clean(s)
    return c == c[::-1]

phrases = ["A man, a plan, a canal: Panama", "racecar", "Hello", "Was it a car or a cat I saw?",
           "No 'x' in Nixon", "", "Ésope reste ici et se repose"]
for p in phrases:
    print(f"{p!r:<36} {is_palindrome(p)}")

def anagram_key(word):
    return "".join(sorted(word.lower()))

words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog", "Inlets"]
groups = {}
for w in words:
    groups.setdefault(anagram_key(w), []).append(w)
for key in sorted(groups):
    print(key, "->", groups[key])
print(sorted("Mississippi"), sorted("Mississippi", key=str.lower, reverse=True))
s = "stressed"
print(s[::-1], s[::-2], s[1:5], s[-3:], s[:-3], s[10:], s[::3], s[5:1:-1])
print("".join(reversed(s)), list(reversed("abc")), "abc"[::-1] == "cba")
print("level".count("l"), "level".index("v"), "level".startswith(("le", "x")), "level".endswith("vel", 0, 5))
print(s.replace("s", "S", 1), s.replace("ss", ""), s.upper().lower() is s)
print("noon".isalpha(), "n00n".isalnum(), "12".isdigit(), "Noon".istitle(), " ".isspace(), "".isalpha())
