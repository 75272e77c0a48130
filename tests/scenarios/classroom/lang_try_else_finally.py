# Exception handling with else and finally, and the order things run in
def divide(a, b):
    print(f"divide({a}, {b})")
    try:
        result = a / b
    except ZeroDivisionError as err:
        print("  except:", err)
        return None
    except TypeError as err:
        print("  type error:", err)
        raise
    else:
        print("  else: no exception")
        return result
    finally:
        print("  finally: always runs")

print(divide(10, 4))
print(divide(1, 0))
try:
    divide("a", 2)
except TypeError:
    print("re-raised TypeError reached the caller")

def finally_wins():
    try:
        return "from try"
    finally:
        print("finally runs before the return completes")

print(finally_wins())

def parse_all(items):
    results, errors = [], []
    for item in items:
        try:
            value = int(item)
        except (ValueError, TypeError) as err:
            errors.append(f"{item!r}: {type(err).__name__}")
            continue
        else:
            results.append(value)
        finally:
            pass
    return results, errors

print(parse_all(["1", "x", None, "42", 3.9, "0x10"]))
log = []
for i in range(3):
    try:
        if i == 1:
            continue
        log.append(f"body {i}")
    finally:
        log.append(f"finally {i}")
print(log)
try:
    try:
        raise KeyError("inner")
    finally:
        print("inner finally")
except KeyError as err:
    print("outer caught", repr(err))
try:
    x = [1, 2][5]
except IndexError as err:
    print(type(err).__name__, err, err.args)
except Exception:
    print("not reached")
try:
    raise ValueError("bad", 42)
except ValueError as err:
    print(err.args, str(err), repr(err))
print("err name after except:", "err" in dir())
def nested():
    try:
        1 / 0
    except ZeroDivisionError:
        try:
            undefined_name
        except NameError as inner:
            return f"{type(inner).__name__} while handling {type(inner.__context__).__name__}"
print(nested())
