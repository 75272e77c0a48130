# globals() and locals(): the namespaces as dictionaries
counter = 0
label = "total"

def show(a, b=2):
    c = a + b
    names = locals()
    return sorted(names.items())

print(show(1))
print(show(5, b=10))
g = globals()
print(sorted(k for k in g if not k.startswith("__")))
print(g["label"], g["counter"], "show" in g, g is globals())
g["created"] = "by globals"
print(created)

def outer():
    x = 1
    def inner():
        return x + 1
    return sorted(locals())

print(outer(), sorted(k for k in vars() if not k.startswith("__")))
