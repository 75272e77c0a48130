# An uncaught custom exception raised deep inside methods, with a __str__ override
class ValidationError(Exception):
    def __init__(self, field, value, reason):
        super().__init__(field, value)
        self.field = field
        self.value = value
        self.reason = reason

    def __str__(self):
        return f"{self.field}={self.value!r}: {self.reason}"


class Form:
    rules = {"age": lambda v: v.isdigit(), "name": str.isalpha}

    def __init__(self, **data):
        self.data = data

    def check(self, field):
        value = self.data[field]
        if not self.rules[field](value):
            raise ValidationError(field, value, "rejected by rule")
        return value

    def validate(self):
        return {f: self.check(f) for f in sorted(self.data)}


print(Form(name="Ada", age="36").validate())
try:
    Form(name="R2D2").validate()
except ValidationError as e:
    print("caught:", e, "| args:", e.args)
Form(name="Bob", age="forty").validate()
