# How big is a date? datetime's objects are small C structs, not dicts of ints
import sys
from datetime import date, time, datetime, timedelta, timezone

d = date(2024, 3, 1)
t = time(9, 30)
dt = datetime(2024, 3, 1, 9, 30)
delta = timedelta(days=1, seconds=3600)
utc = timezone.utc
cet = timezone(timedelta(hours=1), "CET")

for obj in (d, t, dt, delta, utc, cet):
    print(f"{type(obj).__name__:>9}: {sys.getsizeof(obj):3} bytes  {obj!r}")

# no __dict__: the fields are packed into the object itself
try:
    d.note = "birthday"
except AttributeError as err:
    print("AttributeError:", err)
try:
    d.year = 2025
except AttributeError as err:
    print("AttributeError:", err)

# a date is immutable: replace() makes a new object
later = d.replace(day=2)
print(d, later, d is later, sys.getrefcount(d))
alias = d
print(sys.getrefcount(d), alias is d)
del alias
print(sys.getrefcount(d))

# aware datetimes with fixed offsets
meeting = datetime(2024, 3, 1, 9, 30, tzinfo=cet)
print(repr(meeting))
print(meeting.isoformat(), meeting.utcoffset(), meeting.tzname(), str(cet), str(utc))
in_utc = meeting.astimezone(utc)
print(in_utc, in_utc == meeting, in_utc.strftime("%H:%M %Z %z"))
print(repr(timezone(timedelta(hours=5, minutes=30))), timezone(timedelta(hours=-3)))
try:
    print(dt < meeting)
except TypeError as err:
    print("TypeError:", err)
print(dt == meeting, meeting - in_utc)

# a list of a thousand dates: the list holds pointers, each date is 32 bytes
days = [date(2024, 1, 1) + timedelta(days=i) for i in range(1000)]
print(len(days), days[-1], sys.getsizeof(days[-1]), len(set(days)))
print(sum(1 for day in days if day.weekday() == 4), "Fridays")
print(date.min, date.max, datetime.min, timedelta.max, timedelta.min, timedelta.resolution)
print(time(23, 59, 59, 999999) == time.max, repr(time(12)), str(time(7, 5, 3, 120)))
print(hash(delta) == hash(timedelta(seconds=90000)), delta == timedelta(hours=25))
