# Reformatting dates with groups: re.sub() can put the groups it found
# back in another order, by number (\3) or by name (\g<year>).
import re

notes = "Exam on 2024-05-17, project due 2024-06-01, holidays from 2024-07-15."

# ISO dates (year-month-day) to European style (day/month/year)
print(re.sub(r"(\d{4})-(\d{2})-(\d{2})", r"\3/\2/\1", notes))

DATE = re.compile(r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})")
print(DATE.sub(r"\g<day>.\g<month>.\g<year>", notes))

# each match, its groups and where it was
for m in DATE.finditer(notes):
    print(m.group(), m.groups(), m.span(), m.lastindex, m.lastgroup)

# a function as the replacement: month names
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

def spelled(m):
    return f"{int(m['day'])} {MONTHS[int(m['month']) - 1]} {m['year']}"

print(DATE.sub(spelled, notes))

# subn also says how many it replaced; count limits them
print(DATE.subn(r"\g<year>", notes))
print(DATE.sub("DATE", notes, count=1))

# expand() fills a template from one match
m = DATE.search(notes)
print(m.expand(r"year \1, month \2, day \g<day>"))

# American dates, month first: swap two groups
print(re.sub(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b", r"\2/\1/\3", "Due 12/31/2024 or 1/2/2025."))
