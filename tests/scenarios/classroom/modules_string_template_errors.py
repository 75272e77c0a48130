# What goes wrong with templates, and safe_substitute
from string import Template

t = Template("Hello $name, you owe $amount")
try:
    t.substitute(name="Bob")
except KeyError as e:
    print("KeyError:", e)
print(t.safe_substitute(name="Bob"))
print(t.safe_substitute())
print(t.safe_substitute({'amount': 10}, name='Eve'))

bad = Template("Total: $ 5 and ${unclosed")
print(bad.is_valid())
try:
    bad.substitute()
except ValueError as e:
    print("ValueError:", e)
print(bad.safe_substitute())

multi = Template("line one\nline two costs $$3\nline three: $9")
try:
    multi.substitute()
except ValueError as e:
    print("ValueError:", e)
print(multi.safe_substitute())
print(Template("$").safe_substitute(), Template("${}").safe_substitute())
try:
    Template("${}").substitute()
except ValueError as e:
    print("ValueError:", e)
