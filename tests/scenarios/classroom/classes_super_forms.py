# super() with and without arguments, in methods and classmethods
class Base:
    def __init__(self):
        self.log = ["Base"]

    def who(self):
        return "Base"

    def make(cls):
        return cls.__name__ + " made"

    make = classmethod(make)


class Middle(Base):
    def __init__(self):
        super(Middle, self).__init__()
        self.log.append("Middle")

    def who(self):
        return "Middle/" + super(Middle, self).who()

    def make(cls):
        return "via Middle: " + super().make()

    make = classmethod(make)


class Top(Middle):
    def __init__(self):
        super().__init__()
        self.log.append("Top")

    def who(self):
        return "Top/" + super().who()

    def skip(self):
        return super(Middle, self).who()


t = Top()
print(t.log)
print(t.who())
print(t.skip())
print(Top.make())
print(Middle.make())
s = super(Top, t)
print(type(s).__name__, s.who())
print(s.__thisclass__.__name__, s.__self_class__.__name__, s.__self__ is t)


class Plain:
    def __init__(self, value):
        super().__init__()
        self.value = value


print(Plain(3).value)


class Careless:
    def __init__(self, value):
        super().__init__(value)


try:
    Careless(1)
except TypeError as e:
    print("TypeError:", e)
