# Searching records sorted by one field, with bisect's key= (Python 3.10+)
import bisect

students = [
    ("Ana", 1998),
    ("Ben", 2001),
    ("Cleo", 2001),
    ("Dev", 2003),
    ("Emi", 2005),
]

by_year = lambda record: record[1]
print("born before 2001:", students[:bisect.bisect_left(students, 2001, key=by_year)])
print("born in 2001 or before:", students[:bisect.bisect_right(students, 2001, key=by_year)])

lo = bisect.bisect_left(students, 2001, key=by_year)
hi = bisect.bisect_right(students, 2001, key=by_year)
print("born in 2001:", [name for name, year in students[lo:hi]])

bisect.insort(students, ("Finn", 2002), key=by_year)
bisect.insort(students, ("Gil", 2001), key=by_year)
for name, year in students:
    print(f"{year} {name}")

words = ["a", "to", "cat", "bird", "horse"]
bisect.insort(words, "dog", key=len)
print(words)
print(bisect.bisect(words, 4, key=len))
