# A calculator driven by a table of operator functions
import operator

OPERATIONS = {
    "+": operator.add,
    "-": operator.sub,
    "*": operator.mul,
    "/": operator.truediv,
    "//": operator.floordiv,
    "%": operator.mod,
    "**": operator.pow,
}


def calculate(a, symbol, b):
    return OPERATIONS[symbol](a, b)


for expr in ["7 + 5", "7 - 5", "7 * 5", "7 / 2", "7 // 2", "7 % 5", "2 ** 10"]:
    left, symbol, right = expr.split()
    print(expr, "=", calculate(int(left), symbol, int(right)))

# comparisons and unary operators are functions too
print(operator.lt(2, 3), operator.eq("a", "a"), operator.neg(8), operator.not_([]))
print(operator.contains([1, 2, 3], 2), operator.getitem("memory", 0), operator.is_(None, None))

# they are built-in functions, so they can be passed around like any value
print(operator.add, list(map(operator.mul, [1, 2, 3], [4, 5, 6])))

# operator.iadd is +=: in place for a list, a new object for an int
items = [1, 2]
same = operator.iadd(items, [3])
print(same, same is items)
number = 5
bigger = operator.iadd(number, 1)
print(number, bigger)

try:
    calculate(1, "/", 0)
except ZeroDivisionError as err:
    print("ZeroDivisionError:", err)
