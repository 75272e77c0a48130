# The LEGB rule: local, enclosing, global and built-in names
x = "global x"


def outer():
    x = "enclosing x"

    def inner():
        x = "local x"
        print("inner sees:", x)

    def inner_no_local():
        print("inner_no_local sees:", x)

    inner()
    inner_no_local()
    print("outer sees:", x)


outer()
print("module sees:", x)


def uses_builtin():
    return len("four")


def shadows_builtin():
    len = lambda s: -1
    return len("four")


print(uses_builtin(), shadows_builtin(), len("four"))


def show_locals(a, b=2):
    c = a + b
    return sorted(locals().items())


print(show_locals(1))
