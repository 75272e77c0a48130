# Shortening titles for a narrow table column with textwrap.shorten
import textwrap

books = [
    "The Hitchhiker's Guide to the Galaxy",
    "Structure and Interpretation of Computer Programs",
    "Dune",
    "Gödel, Escher, Bach: an Eternal Golden Braid",
    "   A   title    with     odd     spacing   ",
]

for title in books:
    short = textwrap.shorten(title, width=25)
    print(f"{short:25} | {len(short):2}")

print(textwrap.shorten("Hello  world!", width=12))
print(textwrap.shorten("Hello  world!", width=11))
print(textwrap.shorten(books[1], width=30, placeholder="..."))
print(textwrap.shorten(books[1], width=30, placeholder=" (more)"))

try:
    textwrap.shorten("Hello world", width=4)
except ValueError as err:
    print("ValueError:", err)
