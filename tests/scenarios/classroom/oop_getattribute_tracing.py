# __getattribute__ versus __getattr__, and attribute lookup order with descriptors
class Traced:
    def __init__(self):
        self.value = 10

    def __getattribute__(self, name):
        if not name.startswith("__"):
            print(f"  getattribute {name}")
        return super().__getattribute__(name)

    def __getattr__(self, name):
        print(f"  getattr fallback {name}")
        return f"<{name} missing>"

    def method(self):
        return self.value * 2


class DataDesc:
    def __get__(self, obj, owner):
        return "from data descriptor"

    def __set__(self, obj, value):
        print("  data descriptor set ignored", value)


class NonDataDesc:
    def __get__(self, obj, owner):
        return "from non-data descriptor"


class Lookup:
    data = DataDesc()
    nondata = NonDataDesc()
    plain = "class attribute"


t = Traced()
print(t.value)
print(t.method())
print(t.missing)
print(getattr(t, "other", "default"))
print(hasattr(t, "anything"))

obj = Lookup()
obj.__dict__["data"] = "instance dict"
obj.__dict__["nondata"] = "instance dict"
obj.__dict__["plain"] = "instance dict"
print(obj.data, "|", obj.nondata, "|", obj.plain)
obj.data = 5
print(vars(obj))
del obj.nondata
print(obj.nondata, Lookup.nondata, Lookup.data)
print(type(obj).__dict__["plain"], Lookup.__dict__["data"].__class__.__name__)
