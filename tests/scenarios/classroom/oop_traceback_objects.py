# Exceptions carry their traceback: walking exc.__traceback__ frame by frame
import sys


class ValidationError(Exception):
    pass


def parse_age(text):
    age = int(text)
    if age < 0:
        raise ValidationError(f"negative age: {age}")
    return age


def load_person(record):
    name, age_text = record.split(",")
    return name, parse_age(age_text)


def load_all(records):
    people = []
    for r in records:
        people.append(load_person(r))
    return people


try:
    load_all(["ann,31", "bob,-4"])
except ValidationError as e:
    tb = e.__traceback__
    print(type(tb).__name__, sys.getsizeof(tb))
    depth = 0
    while tb is not None:
        frame = tb.tb_frame
        print(f"{'  ' * depth}{frame.f_code.co_name} line {tb.tb_lineno}", type(frame).__name__)
        depth += 1
        last = tb
        tb = tb.tb_next
    print("innermost locals:", sorted(last.tb_frame.f_locals))
    print("age there:", last.tb_frame.f_locals["age"])
    print(sys.exc_info()[2] is e.__traceback__, sys.exc_info()[0].__name__)
    saved = e
print(saved.__traceback__.tb_next.tb_frame.f_code.co_name)
try:
    int("x")
except ValueError as e:
    other = e
wrapped = RuntimeError("while loading").with_traceback(other.__traceback__)
print(wrapped.__traceback__ is other.__traceback__, wrapped.__traceback__.tb_lineno)
print(ValueError("new").__traceback__)
try:
    raise wrapped
except RuntimeError as e:
    tb = e.__traceback__
    print(tb.tb_lineno, tb.tb_next is other.__traceback__)
print(sys.exc_info())
