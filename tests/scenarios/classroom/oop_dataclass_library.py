# dataclasses: field, default_factory, __post_init__, asdict, astuple, replace
from dataclasses import dataclass, field, asdict, astuple, replace, fields


@dataclass
class Book:
    title: str
    author: str
    year: int = 2000
    tags: list = field(default_factory=list)
    isbn: str = field(default="", repr=False, compare=False)

    def __post_init__(self):
        if self.year < 1450:
            raise ValueError(f"{self.title!r}: no printed books before 1450")
        self.title = self.title.strip().title()


@dataclass
class Library:
    name: str
    books: list = field(default_factory=list)
    _count: int = field(default=0, init=False, repr=False)

    def add(self, book):
        self.books.append(book)
        self._count += 1


b1 = Book("  the hobbit ", "Tolkien", 1937, ["fantasy"])
b2 = Book("Dune", "Herbert", 1965, isbn="123")
b3 = Book("dune", "Herbert", 1965)
print(b1)
print(b2 == b3, b2 is b3, b2.isbn, repr(b3.isbn))
print(asdict(b1))
print(astuple(b2))
b4 = replace(b2, year=1966)
print(b4, b4.isbn)
try:
    Book("Scroll", "Anon", 100)
except ValueError as e:
    print("ValueError:", e)
lib = Library("City")
lib.add(b1)
lib.add(b2)
print(lib.name, len(lib.books), lib._count)
print(Library("Empty"))
print([f.name for f in fields(Book)])
print(Book.__dataclass_fields__["tags"].default_factory is list)
try:
    Book()
except TypeError as e:
    print("TypeError:", e)
print(asdict(lib)["books"][1]["title"])
