# Mistakes with str.format and format specs
attempts = [
    ("{} {}", ("only one",)),
    ("{0} {}", ("a", "b")),
    ("{name}", ()),
    ("{:d}", (2.5,)),
    ("{:s}", (42,)),
    ("{:,s}", ("text",)),
    ("{:+s}", ("text",)),
    ("{:=10}", ("text",)),
    ("{:.2d}", (5,)),
    ("{:xyz}", (5,)),
    ("{", ()),
    ("}", ()),
    ("{0!q}", (1,)),
    ("{0[5]}", ([1, 2],)),
    ("{:%}", ("half",)),
]
for fmt, args in attempts:
    try:
        print(fmt.format(*args))
    except (TypeError, ValueError, KeyError, IndexError) as e:
        print(type(e).__name__ + ":", e)
