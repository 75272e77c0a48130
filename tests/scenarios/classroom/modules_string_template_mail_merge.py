# A mail-merge with string.Template: one letter per student
from string import Template

letter = Template("""Dear $first $last,
Your mark for $course is ${mark}%.
Please pay the $$5 lab fee before $deadline.
""")

students = [
    {'first': 'Ada', 'last': 'Lovelace', 'mark': 97},
    {'first': 'Alan', 'last': 'Turing', 'mark': 88},
]
for s in students:
    print(letter.substitute(s, course='CS101', deadline='Friday'))

print(letter.get_identifiers())
print(letter.is_valid())
print(type(letter).__name__, letter.template.count('$'))
