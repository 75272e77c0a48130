# try/except/else/finally order, re-raise, raise from, custom hierarchy
class AppError(Exception):
    pass

class ValidationError(AppError):
    def __init__(self, field, message):
        super().__init__(field, message)
        self.field = field

class NotFound(AppError):
    pass

def attempt(action):
    print(f"attempt {action!r}")
    try:
        if action == "bad":
            raise ValidationError("age", "must be positive")
        if action == "missing":
            raise NotFound("user 7")
        if action == "zero":
            return 1 / 0
        print("  body ok")
    except ValidationError as e:
        print("  validation:", e.field, e.args)
    except (NotFound, KeyError) as e:
        print("  not found:", repr(e), str(e))
    except ArithmeticError as e:
        print("  arithmetic:", type(e).__name__, e)
        return "handled"
    else:
        print("  else runs only without exception")
        return "fine"
    finally:
        print("  finally always runs")
    return "after"

for a in ("ok", "bad", "missing", "zero"):
    print(" ->", attempt(a))

def parse_age(text):
    try:
        return int(text)
    except ValueError as e:
        raise ValidationError("age", f"not a number: {text!r}") from e

try:
    parse_age("abc")
except AppError as e:
    print(type(e).__name__, e.args)
    print("cause:", repr(e.__cause__), e.__suppress_context__)

def reraise():
    try:
        {}["k"]
    except KeyError:
        print("logging and re-raising")
        raise

try:
    reraise()
except KeyError as e:
    print("caught again:", repr(e), e.__context__)

try:
    try:
        [][0]
    except IndexError:
        raise NotFound("during handling")
except NotFound as e:
    print("context:", repr(e.__context__), e.__cause__)
print(issubclass(ValidationError, AppError), isinstance(NotFound(), Exception))
print(ValidationError.__mro__[1].__name__, AppError.__bases__)
