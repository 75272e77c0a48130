# A weak reference to a bound method: weakref.ref fails, WeakMethod works
import weakref


class Button:
    def __init__(self):
        self._handlers = []

    def on_click(self, handler):
        self._handlers.append(weakref.WeakMethod(handler))

    def click(self):
        for ref in self._handlers:
            handler = ref()
            if handler is not None:
                handler()
        self._handlers = [r for r in self._handlers if r() is not None]


class Counter:
    def __init__(self, name):
        self.name = name
        self.clicks = 0

    def add(self):
        self.clicks += 1
        print(f"  {self.name} counted {self.clicks}")


c = Counter("c")
plain = weakref.ref(c.add)
print("plain ref to c.add:", plain())

wm = weakref.WeakMethod(c.add)
print("WeakMethod gives a new bound method:", wm() == c.add, wm() is c.add)
print("same object:", wm().__self__ is c)

button = Button()
button.on_click(c.add)
other = Counter("other")
button.on_click(other.add)
print("two handlers:")
button.click()
del other
print("after del other:")
button.click()
print("handlers left:", len(button._handlers))

died = []
wm2 = weakref.WeakMethod(c.add, lambda r: died.append(r is wm2))
del c
print("after del c:", wm(), wm2(), died)
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print("TypeError:", e)
