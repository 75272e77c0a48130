# Handling several exception types: separate except clauses, tuples, re-raising
def convert(values, index):
    try:
        return 100 / int(values[index])
    except (ValueError, TypeError) as e:
        return f"bad value ({type(e).__name__}: {e})"
    except ZeroDivisionError:
        return "zero!"
    except IndexError:
        return "no such position"


data = ["4", "abc", "0", None, "8"]
for i in range(6):
    print(i, convert(data, i))


def strict(x):
    try:
        return int(x)
    except ValueError:
        print("logging the problem with", repr(x))
        raise


try:
    strict("x1")
except ValueError as e:
    print("re-raised:", e)

try:
    {}["missing"]
except LookupError as e:
    print("LookupError catches", type(e).__name__, e)
try:
    raise RuntimeError("custom message")
except Exception as e:
    print(type(e).__name__, e.args)
