# strip with and without characters, removeprefix, removesuffix, expandtabs
raw = ["  padded  ", "\tTabbed\n", "...dots...", "xxhixx", "#!#title#!#", ""]
for s in raw:
    print(repr(s).ljust(16), repr(s.strip()), repr(s.lstrip(" .\t")), repr(s.rstrip(".#!\n")))
print("www.example.com".strip("cmowz."), "   ".strip() == "", "abc".strip("") == "abc")
files = ["test_parser.py", "test_utils.py", "main.py", "README.md"]
for f in files:
    print(f.removeprefix("test_").removesuffix(".py"))
print("abc".removeprefix(""), "abc".removesuffix("abc") == "")
table = "name\tscore\tgrade\nann\t91\tA\nbo\t7\tC"
print(table.expandtabs())
print(table.expandtabs(8).splitlines()[1], "|" + "a\tb".expandtabs(4) + "|", "|" + "\t".expandtabs(0) + "|")
line = "   x = 1   # comment"
code, _, comment = line.partition("#")
print(repr(code.strip()), repr(comment.strip()))
try:
    "abc".strip(1)
except TypeError as e:
    print("TypeError:", e)
