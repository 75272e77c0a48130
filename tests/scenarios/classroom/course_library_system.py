# A small library system: classes working together
class Book:
    def __init__(self, isbn, title, author, year):
        self.isbn = isbn
        self.title = title
        self.author = author
        self.year = year
        self.borrower = None

    def __repr__(self):
        return f"Book({self.isbn!r}, {self.title!r})"

    def __str__(self):
        status = f"on loan to {self.borrower.name}" if self.borrower else "available"
        return f"{self.title} by {self.author} ({self.year}) - {status}"

class Member:
    limit = 2

    def __init__(self, name):
        self.name = name
        self.books = []

    def __repr__(self):
        return f"Member({self.name!r})"

class Staff(Member):
    limit = 5

class LibraryError(Exception):
    pass

class Library:
    def __init__(self, name):
        self.name = name
        self.catalog = {}
        self.members = {}
        self.history = []

    def add(self, *books):
        for book in books:
            self.catalog[book.isbn] = book

    def join(self, member):
        self.members[member.name] = member
        return member

    def lend(self, isbn, name):
        book = self.catalog.get(isbn)
        member = self.members.get(name)
        if book is None:
            raise LibraryError(f"no book {isbn}")
        if member is None:
            raise LibraryError(f"no member {name}")
        if book.borrower is not None:
            raise LibraryError(f"{book.title!r} is already on loan")
        if len(member.books) >= member.limit:
            raise LibraryError(f"{name} has reached the limit of {member.limit}")
        book.borrower = member
        member.books.append(book)
        self.history.append(("lend", isbn, name))

    def give_back(self, isbn):
        book = self.catalog[isbn]
        member = book.borrower
        member.books.remove(book)
        book.borrower = None
        self.history.append(("return", isbn, member.name))

    def search(self, text):
        text = text.casefold()
        return [b for b in self.catalog.values()
                if text in b.title.casefold() or text in b.author.casefold()]

    def report(self):
        print(f"== {self.name} ==")
        for book in sorted(self.catalog.values(), key=lambda b: (b.author.split()[-1], b.year)):
            print(" ", book)

lib = Library("Town Library")
lib.add(
    Book("111", "Dune", "Frank Herbert", 1965),
    Book("222", "Emma", "Jane Austen", 1815),
    Book("333", "Persuasion", "Jane Austen", 1817),
    Book("444", "Neuromancer", "William Gibson", 1984),
)
ann = lib.join(Member("Ann"))
bo = lib.join(Staff("Bo"))

requests = [("111", "Ann"), ("222", "Ann"), ("333", "Ann"), ("111", "Bo"),
            ("999", "Bo"), ("444", "Cy"), ("333", "Bo"), ("444", "Bo")]
for isbn, name in requests:
    try:
        lib.lend(isbn, name)
        print(f"lent {isbn} to {name}")
    except LibraryError as e:
        print("refused:", e)

lib.report()
print(ann.books, bo.books)
lib.give_back("111")
lib.lend("111", "Bo")
print(bo.books, len(bo.books), bo.limit, Member.limit)
print(lib.search("austen"))
print(lib.search("MANCER"))
print(len(lib.history), lib.history[-2:])
by_member = {}
for action, isbn, name in lib.history:
    by_member.setdefault(name, []).append(action)
print(by_member)
print(isinstance(bo, Member), type(bo).__name__, Staff.__mro__)
