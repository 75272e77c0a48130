# pprint splits long strings into adjacent pieces that Python joins back
import pprint

quote = ("It is a capital mistake to theorize before one has data. Insensibly one "
         "begins to twist facts to suit theories, instead of theories to suit facts.")
pprint.pprint(quote, width=40)
pprint.pprint({"author": "Arthur Conan Doyle", "quote": quote}, width=50)
pprint.pprint(["short", "lines\nwith\nnewlines", quote[:30]], width=20)

# adjacent string literals are one string, so the output is valid Python
pieces = pprint.pformat(quote, width=40)
print(pieces.count("\n") + 1, "pieces")
joined = ('It is a capital mistake to theorize '
          'before one has data.')
print(quote.startswith(joined))

pprint.pprint(bytes(range(20)), width=30)
