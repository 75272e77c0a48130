# Library loans: due dates, overdue days and fines with datetime.date and timedelta
from datetime import date, timedelta

LOAN_PERIOD = timedelta(weeks=2)
FINE_PER_DAY = 0.25

class Loan:
    def __init__(self, title, borrowed):
        self.title = title
        self.borrowed = borrowed
        self.due = borrowed + LOAN_PERIOD

    def days_overdue(self, today):
        late = today - self.due
        return max(late.days, 0)

    def fine(self, today):
        return self.days_overdue(today) * FINE_PER_DAY

    def __repr__(self):
        return f"Loan({self.title!r}, due {self.due:%a %d %b %Y})"

today = date(2024, 3, 20)
loans = [
    Loan("Dune", date(2024, 2, 28)),
    Loan("Emma", date(2024, 3, 10)),
    Loan("Ulysses", date(2024, 1, 31)),
    Loan("Beloved", date(2024, 3, 6)),
]

print("Today is", today.strftime("%A, %B %d, %Y"), "- day", today.strftime("%j"), "of the year")
for loan in sorted(loans, key=lambda l: l.due):
    status = "overdue" if loan.days_overdue(today) else "on time"
    print(f"{loan.title:<8} borrowed {loan.borrowed}  due {loan.due.isoformat()}  {status:>8}  fine ${loan.fine(today):.2f}")

total = sum(loan.fine(today) for loan in loans)
print(f"Total fines: ${total:.2f}")
print(loans[0])
print(repr(loans[0].due), str(loans[0].due))

# renewing moves the due date; a weekend due date moves to Monday
def renew(loan):
    new_due = loan.due + LOAN_PERIOD
    while new_due.weekday() >= 5:
        new_due += timedelta(days=1)
    loan.due = new_due
    return new_due

for loan in loans:
    old = loan.due
    new = renew(loan)
    print(loan.title, old.strftime("%a"), "->", new.strftime("%a %d/%m"), (new - old).days, "days later")

print(LOAN_PERIOD, repr(LOAN_PERIOD), LOAN_PERIOD.total_seconds())
print(date(2024, 2, 29) + timedelta(days=365), date(2024, 12, 31) - date(2024, 1, 1))
print(date.fromisoformat("2024-03-20") == today, today.isoweekday(), today.weekday())
print(today.isocalendar(), today.isocalendar().week)
