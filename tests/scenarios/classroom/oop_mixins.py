# Mixins: small classes adding one ability each
class ReprMixin:
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{type(self).__name__}({fields})"


class DictMixin:
    def to_dict(self):
        return dict(sorted(vars(self).items()))


class CompareMixin:
    def _key(self):
        return tuple(vars(self).values())

    def __eq__(self, other):
        return type(self) is type(other) and self._key() == other._key()

    def __lt__(self, other):
        return self._key() < other._key()


class Book(ReprMixin, CompareMixin):
    def __init__(self, title, year):
        self.title = title
        self.year = year


class Movie(DictMixin, ReprMixin):
    def __init__(self, title, minutes):
        self.title = title
        self.minutes = minutes


books = [Book("Dune", 1965), Book("Emma", 1815), Book("Beloved", 1987)]
print(books)
print(sorted(books))
print(Book("Dune", 1965) == books[0], Book("Dune", 1965) in books)
print(Book.__hash__)
try:
    hash(books[0])
except TypeError as e:
    print("TypeError:", e)
m = Movie("Up", 96)
print(m, m.to_dict())
print([c.__name__ for c in Movie.__mro__])
print(isinstance(m, ReprMixin), hasattr(m, "_key"))
