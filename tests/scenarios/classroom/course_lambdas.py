# Lambdas: small anonymous functions, stored, passed and returned
square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(7), add(1), add(1, 2))
print((lambda: "no arguments")())
print((lambda *args: sum(args))(1, 2, 3))

operations = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "/": lambda a, b: a / b,
}
for op in "+-*/":
    print(8, op, 2, "=", operations[op](8, 2))


def make_power(n):
    return lambda x: x ** n


cube = make_power(3)
print(cube(3), make_power(2)(9))
people = [("Eve", 31), ("Dan", 25), ("Fay", 28)]
people.sort(key=lambda p: p[1])
print(people)
print(square.__name__)
compose = lambda f, g: lambda x: f(g(x))
print(compose(square, lambda x: x + 1)(4))
