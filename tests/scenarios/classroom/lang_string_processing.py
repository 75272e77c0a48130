# String processing: split/join/strip, format specs, % formatting and str.format
text = "  The quick brown fox, jumps over the lazy dog.  "
words = text.strip().rstrip(".").replace(",", "").split()
print(words, len(words))
print("-".join(words).title(), " ".join(reversed(words)).lower())
print(text.strip().upper().center(50, "*"))
print("a,b,,c".split(","), "a b  c".split(), "k=v=w".split("=", 1), "k=v=w".rsplit("=", 1))
print("line1\nline2\r\nline3".splitlines(), "abc".partition("b"), "xxhixx".strip("x"))
print("hello".find("l"), "hello".rfind("l"), "hello".index("e"), "hello".count("l"), "hello".startswith(("he", "x")))
print("Hello World".swapcase(), "hello world".capitalize(), "42".zfill(5), "-7".zfill(4), "ab".ljust(5, ".") + "|")
print("abc".isalpha(), "123".isdigit(), "a1".isalnum(), "  ".isspace(), "Title Case".istitle())

name, score, ratio = "Ann", 93.456, 0.8734
print(f"{name:>10}|{name:<10}|{name:^10}|")
print(f"{score:.2f} {score:10.1f} {score:+.0f} {ratio:.1%} {1234567.891:,.2f} {42:08b} {255:#x} {255:X}")
print(f"{3:03d} {-3:05d} {7:+d} {1e-5:.2e} {123456789:_} {0.5:g} {1e20:g} {'x'!r} {name!s:>5}")
print("%s scored %d points (%.1f%%)" % (name, score, ratio * 100))
print("%-6s|%6s|%06.2f|%x|%o|%e|%r" % ("ab", "cd", 3.14159, 255, 8, 12345.678, "q"))
print("%(who)s is %(age)d" % {"who": "Bo", "age": 7})
print("{} and {}".format("spam", "eggs"), "{1} before {0}".format("a", "b"))
print("{name} is {age:>3} years".format(name="Cy", age=9))
print("{0[0]} {0[1]} {1.real}".format(["x", "y"], 3 + 4j))
width, prec = 12, 3
print("{:{w}.{p}f}|".format(3.14159265, w=width, p=prec), f"{2.71828:{width}.{prec}f}|")
print("{:*^{}}".format("mid", 11), "{{literal}} {}".format(1))
table = [("apple", 1.5, 3), ("kiwi", 0.25, 12), ("melon", 3.0, 1)]
for item, price, qty in table:
    print(f"{item:<8}{price:>6.2f}{qty:>4}{price * qty:>8.2f}")
print(ord("A"), chr(97), "abc"[::-1], "abcdef"[1:5:2], "a" * 3 + "b", "ab" < "b", "Z" < "a")
csv = "name,age\nann,30\nbo,25"
rows = [line.split(",") for line in csv.splitlines()[1:]]
print({n: int(a) for n, a in rows}, sum(int(a) for _, a in rows))
print(repr("tab\there"), "quote's", 'say "hi"', len("naïve"), "naïve".encode("utf-8"))
