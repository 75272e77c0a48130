# try / except / else / finally: the order in which the blocks run
def divide(a, b):
    print(f"divide({a}, {b})")
    try:
        result = a / b
    except ZeroDivisionError:
        print("  except: cannot divide by zero")
        return None
    else:
        print("  else: no exception")
        return result
    finally:
        print("  finally: always runs")


print("result:", divide(10, 2))
print("result:", divide(1, 0))


def early_return():
    try:
        return "from try"
    finally:
        print("finally runs before the function returns")


print(early_return())

for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("cleanup", i)

try:
    try:
        raise KeyError("k")
    finally:
        print("inner finally")
except KeyError as e:
    print("outer caught", e)
