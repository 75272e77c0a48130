# weakref.WeakKeyDictionary: data about objects, without keeping them alive
import weakref


class Widget:
    def __init__(self, name):
        self.name = name


tooltips = weakref.WeakKeyDictionary()
ok = Widget("ok")
cancel = Widget("cancel")
tooltips[ok] = "Accept the changes"
tooltips[cancel] = "Close without saving"
print(len(tooltips), tooltips[ok], cancel in tooltips)
print(sorted(w.name for w in tooltips))
print(sorted(tooltips.values()))

del cancel
print("after del cancel:", len(tooltips), [w.name for w in tooltips.keys()])

help_ = Widget("help")
print(tooltips.get(help_, "no tooltip"), tooltips.setdefault(help_, "Open the manual"))
print(tooltips.pop(help_), len(tooltips))

for widget, text in tooltips.items():
    print(f"{widget.name}: {text}")

try:
    tooltips["a string"] = "strings cannot be weakly referenced"
except TypeError as e:
    print("TypeError:", e)
copy = tooltips.copy()
print(type(copy).__name__, len(copy), copy == tooltips)
tooltips.clear()
print(len(tooltips), len(copy))
