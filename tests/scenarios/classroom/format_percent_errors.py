# The % operator's mistakes, caught and shown
attempts = [
    ("%s and %s", ("one",)),
    ("%s", ("one", "two")),
    ("%d", ("7",)),
    ("%(name)s", ("x",)),
    ("%z", (1,)),
    ("%.2f", ("x",)),
    ("%c", (1114112,)),
    ("score: %d", 3.99),
]
for fmt, args in attempts:
    try:
        print(fmt % args)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
print("%s is %d" % ("age"))
