# A tokenizer for arithmetic: one pattern of named alternatives, and
# finditer() walking the text; lastgroup names the kind of each token.
import re

TOKENS = [
    ("NUMBER", r"\d+(?:\.\d*)?"),
    ("NAME", r"[A-Za-z_]\w*"),
    ("OP", r"[-+*/()=]"),
    ("SKIP", r"[ \t]+"),
    ("MISMATCH", r"."),
]
SCANNER = re.compile("|".join(f"(?P<{name}>{pattern})" for name, pattern in TOKENS))
print(SCANNER.groups, list(SCANNER.groupindex.items()))

def tokenize(code):
    tokens = []
    for m in SCANNER.finditer(code):
        kind = m.lastgroup
        value = m.group()
        if kind == "SKIP":
            continue
        if kind == "MISMATCH":
            raise SyntaxError(f"unexpected {value!r} at column {m.start()}")
        if kind == "NUMBER":
            value = float(value) if "." in value else int(value)
        tokens.append((kind, value))
    return tokens

for line in ["x = 3 + 4.5 * (y - 2)", "total=price*qty", "a = 1 $ 2"]:
    try:
        print(tokenize(line))
    except SyntaxError as e:
        print("SyntaxError:", e)

# lastindex is the number of the group that matched
for m in SCANNER.finditer("n1 42"):
    print(repr(m.group()), m.lastindex, m.lastgroup, m.span())
