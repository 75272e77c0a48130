# finally runs even when the function returns or the loop breaks
def read_value(data, key):
    try:
        return data[key]
    except KeyError:
        return None
    finally:
        print("lookup of", key, "finished")

print(read_value({"a": 1}, "a"))
print(read_value({"a": 1}, "b"))

def first_negative(numbers):
    for n in numbers:
        try:
            if n < 0:
                return n
            if n == 0:
                continue
            if n > 100:
                break
        finally:
            print("checked", n)
    return "none"

print(first_negative([5, 0, -3, 7]))
print(first_negative([1, 200, -1]))

def nested():
    try:
        try:
            return "inner value"
        finally:
            print("inner finally")
    finally:
        print("outer finally")

print(nested())
