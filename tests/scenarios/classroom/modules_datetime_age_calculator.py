# An age calculator: birthdays, leap years and the days until the next birthday
from datetime import date, datetime, timedelta

TODAY = date(2024, 11, 5)   # fixed, so the lesson prints the same every year

def age_on(born, today):
    years = today.year - born.year
    if (today.month, today.day) < (born.month, born.day):
        years -= 1
    return years

def next_birthday(born, today):
    try:
        candidate = born.replace(year=today.year)
    except ValueError:
        # born on February 29: celebrate on March 1 in other years
        candidate = date(today.year, 3, 1)
    if candidate < today:
        try:
            candidate = born.replace(year=today.year + 1)
        except ValueError:
            candidate = date(today.year + 1, 3, 1)
    return candidate

people = {
    "Ada": date(1815, 12, 10),
    "Alan": date(1912, 6, 23),
    "Grace": date(1906, 12, 9),
    "Leap": date(2000, 2, 29),
    "Baby": date(2024, 11, 5),
}

for name, born in people.items():
    nb = next_birthday(born, TODAY)
    wait = nb - TODAY
    print(f"{name:>5}: born {born:%d %B %Y} ({born:%A}), age {age_on(born, TODAY)}, "
          f"next birthday {nb.isoformat()} in {wait.days} days")

print("Leap years:", [y for y in range(1896, 1913) if date(y, 3, 1) - date(y, 2, 28) == timedelta(days=2)])

try:
    date(2023, 2, 29)
except ValueError as err:
    print("ValueError:", err)
for bad in ["2024-13-01", "2024-02-30", "20241105", "5 Nov 2024"]:
    try:
        print(bad, "->", repr(date.fromisoformat(bad)))
    except ValueError as err:
        print(bad, "->", err)

# days lived, in weeks and seconds
lived = TODAY - people["Leap"]
print(lived, "|", lived.days // 7, "weeks and", lived.days % 7, "days |", int(lived.total_seconds()), "seconds")
print(repr(lived), repr(-lived), repr(abs(-lived)))
print(lived // timedelta(weeks=1), lived / timedelta(days=365.25), lived % timedelta(weeks=1))
print(repr(timedelta(hours=36)), repr(timedelta(hours=36) / 4), repr(timedelta(minutes=90) * 3))
print(repr(timedelta(days=1, seconds=3600)), str(timedelta(seconds=-1)), str(timedelta(days=-2, microseconds=5)))

# a birth time as a datetime, and its ISO text in and out
moment = datetime(2000, 2, 29, 6, 30)
print(repr(moment), str(moment), moment.isoformat(), moment.isoformat(" ", "minutes"))
print(repr(datetime.fromisoformat("2000-02-29T06:30:15.250")), moment.date(), moment.time())
print(moment.strftime("%I:%M %p on %a %b %d %y"), moment.ctime())
print(moment + timedelta(hours=20), moment - datetime(2000, 1, 1))
print(moment.replace(year=2004), moment > datetime(1999, 12, 31, 23, 59, 59))
print(sorted(people.values())[0], min(people, key=people.get), max(people.values()))
