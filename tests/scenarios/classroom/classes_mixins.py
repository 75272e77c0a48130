# Mixins and cooperative __init__ along the MRO
class Base:
    def __init__(self):
        print("Base.__init__")
        self.parts = ["base"]


class JsonMixin:
    def to_json(self):
        return "{" + ", ".join('"' + k + '": ' + repr(v) for k, v in self.__dict__.items()) + "}"


class LoggedMixin(Base):
    def __init__(self):
        print("LoggedMixin.__init__")
        super().__init__()
        self.parts.append("logged")


class TimedMixin(Base):
    def __init__(self):
        print("TimedMixin.__init__")
        super().__init__()
        self.parts.append("timed")


class Service(JsonMixin, LoggedMixin, TimedMixin):
    def __init__(self, name):
        print("Service.__init__")
        super().__init__()
        self.name = name


s = Service("api")
print(s.parts)
print(s.to_json())
print([k.__name__ for k in Service.__mro__])
print(Service.__base__.__name__, [b.__name__ for b in Service.__bases__])
print(isinstance(s, JsonMixin), isinstance(s, Base), issubclass(Service, TimedMixin))
print(super(LoggedMixin, s).__init__ is not None)
