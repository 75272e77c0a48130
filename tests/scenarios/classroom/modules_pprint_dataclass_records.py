# Pretty-printing dataclass records and lists of them
import pprint
from dataclasses import dataclass, field


@dataclass
class Book:
    title: str
    author: str
    year: int
    tags: list = field(default_factory=list)


shelf = [
    Book("The Left Hand of Darkness", "Ursula K. Le Guin", 1969, ["sci-fi", "classic"]),
    Book("Small Gods", "Terry Pratchett", 1992),
    Book("Piranesi", "Susanna Clarke", 2020, ["fantasy"]),
]

pprint.pprint(shelf[1])
pprint.pprint(shelf[0], width=40)
pprint.pprint(shelf, width=60)
pprint.pp({"shelf": shelf[:1], "count": len(shelf)}, width=50)
print(pprint.saferepr(shelf[2]))
