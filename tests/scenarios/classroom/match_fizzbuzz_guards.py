# FizzBuzz with match: guards on a captured number, and a tuple subject
def fizzbuzz(n):
    match n % 3, n % 5:
        case 0, 0:
            return "FizzBuzz"
        case 0, _:
            return "Fizz"
        case _, 0:
            return "Buzz"
        case _:
            return str(n)


print(" ".join(fizzbuzz(i) for i in range(1, 31)))


def classify(n):
    match n:
        case 0:
            return "zero"
        case x if x < 0:
            return "negative"
        case x if x % 2 == 0 and x > 100:
            return "big even"
        case x if x % 2 == 0:
            return "even"
        case 1 | 3 | 5 | 7 | 9:
            return "small odd"
        case _:
            return "odd"


for n in [0, -5, 2, 7, 11, 200, 201]:
    print(n, classify(n))

# a guard is only tried when the pattern matched
calls = []


def noted(value):
    calls.append(value)
    return value > 2


for n in [1, 5, "x"]:
    match n:
        case int(v) if noted(v):
            print(n, "big int")
        case int():
            print(n, "small int")
        case _:
            print(n, "not an int")
print("guard calls:", calls)
