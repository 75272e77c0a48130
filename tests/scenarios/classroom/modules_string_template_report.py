# A report generator: rows filled from dictionaries, with a custom delimiter
from string import Template


class PercentTemplate(Template):
    delimiter = '%'


row = Template("$item: $qty x $price = $total")
order = [('pen', 3, 1.5), ('book', 1, 12.0), ('bag', 2, 20.0)]
grand = 0
for item, qty, price in order:
    total = qty * price
    grand += total
    print(row.substitute(item=item, qty=qty, price=price, total=total))
print(Template("TOTAL: $$${grand}").substitute(grand=grand))

p = PercentTemplate("Name: %name, score: %{score}%%")
print(p.substitute(name="Kim", score=93))
print(p.get_identifiers(), issubclass(PercentTemplate, Template))
