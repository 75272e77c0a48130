# When a pattern is wrong, re.compile raises re.error: the message says
# what is wrong and pos says where, counting from 0.
import re

mistakes = [
    "(unclosed",
    "closed)",
    "*starts with a star",
    "a**",
    r"bad \q escape",
    "[abc",
    "x{5,2}",
    "(?P<1st>x)",
    r"(a)\2",
    "(?<=a+)b",
    "(?P<name>x)(?P<name>y)",
    "line one\n(line two",
]
for pattern in mistakes:
    try:
        re.compile(pattern)
    except re.error as e:
        print(f"{pattern!r}")
        print(f"    {e}")
        print(f"    msg={e.msg!r} pos={e.pos} line={e.lineno} col={e.colno}")
        if e.pos is not None:
            print("    " + pattern.splitlines()[e.lineno - 1])
            print("    " + " " * (e.colno - 1) + "^")

# re.error is an Exception, with the usual args
try:
    re.search("(", "text")
except Exception as e:
    print(type(e).__name__, type(e).__module__, isinstance(e, re.error), e.args)

# replacement templates are checked too
for repl in [r"\3", r"\g<missing>", r"\g<1", "ok \\"]:
    try:
        print(re.sub(r"(\w+)@(\w+)", repl, "me@home"))
    except (re.error, IndexError) as e:
        print(type(e).__name__ + ":", e)

# escape() makes any text safe to search for literally
price = "$5.00 (approx.)"
print(re.escape(price))
print(re.search(re.escape(price), "It costs $5.00 (approx.) today").span())
