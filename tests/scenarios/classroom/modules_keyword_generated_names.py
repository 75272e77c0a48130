# Making safe variable names from column titles of a spreadsheet
import keyword

titles = ['Name', 'class', 'Year of birth', 'import', 'e-mail', '2nd choice', 'pass', 'match']


def safe_name(title):
    name = title.lower().replace(' ', '_').replace('-', '_')
    if not name.isidentifier():
        name = '_' + name
    if keyword.iskeyword(name):
        name = name + '_'
    return name


names = [safe_name(t) for t in titles]
for t, n in zip(titles, names):
    print(f"{t!r:16} -> {n}")
print(all(n.isidentifier() and not keyword.iskeyword(n) for n in names))
print(type(keyword.iskeyword).__name__)
