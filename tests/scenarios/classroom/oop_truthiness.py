# __bool__ versus __len__: what makes an object true
class Empty:
    pass


class Basket:
    def __init__(self, items):
        self.items = list(items)

    def __len__(self):
        print("  __len__")
        return len(self.items)


class Switch:
    def __init__(self, on):
        self.on = on

    def __bool__(self):
        print("  __bool__")
        return self.on

    def __len__(self):
        print("  __len__ (never asked)")
        return 99


print(bool(Empty()))
print(bool(Basket([])), bool(Basket("ab")))
print(bool(Switch(False)), bool(Switch(True)))
if not Basket([]):
    print("empty basket is falsy")
print(Switch(True) and "yes", Switch(False) or "fallback")


class Bad:
    def __bool__(self):
        return 1


try:
    bool(Bad())
except TypeError as e:
    print("TypeError:", e)


class Negative:
    def __len__(self):
        return -1


try:
    bool(Negative())
except ValueError as e:
    print("ValueError:", e)
print([x for x in [0, "", [], Basket([1]), Switch(False), None, Empty()] if x].__len__())
