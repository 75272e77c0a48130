# Sorting records with operator.itemgetter and operator.attrgetter
from operator import itemgetter, attrgetter

students = [
    ("Maya", "B", 88),
    ("Omar", "A", 95),
    ("Lena", "B", 72),
    ("Ivan", "A", 88),
]

# by score, highest first
for name, group, score in sorted(students, key=itemgetter(2), reverse=True):
    print(f"{name:5} {group} {score}")

# by group, then by name: itemgetter with two indexes makes a tuple key
print(sorted(students, key=itemgetter(1, 0)))
print(itemgetter(1, 0)(students[0]))

# the same with a lambda
print(sorted(students, key=lambda s: (s[1], s[0])) == sorted(students, key=itemgetter(1, 0)))

# dictionaries: itemgetter works with keys too
rows = [{"city": "Oslo", "temp": 4}, {"city": "Rome", "temp": 18}, {"city": "Lima", "temp": 22}]
print(max(rows, key=itemgetter("temp"))["city"])
print(list(map(itemgetter("city"), rows)))


class Book:
    def __init__(self, title, year, author):
        self.title = title
        self.year = year
        self.author = author

    def __repr__(self):
        return self.title


class Author:
    def __init__(self, name):
        self.name = name


books = [Book("Dune", 1965, Author("Herbert")), Book("Emma", 1815, Author("Austen")),
         Book("Ulysses", 1922, Author("Joyce"))]
print(sorted(books, key=attrgetter("year")))
print(sorted(books, key=attrgetter("author.name")))
print(attrgetter("title", "year")(books[0]))
print(itemgetter(2), attrgetter("author.name"))
