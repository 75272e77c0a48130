# divmod for time conversion
def hms(seconds):
    minutes, secs = divmod(seconds, 60)
    hours, minutes = divmod(minutes, 60)
    return str(hours).zfill(2) + ":" + str(minutes).zfill(2) + ":" + str(secs).zfill(2)

for total in [0, 59, 60, 3599, 3600, 45296, 86399]:
    print(str(total).rjust(6), hms(total))

days, rest = divmod(200000, 86400)
print(days, "days and", hms(rest))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(7.5, 2))
cents = 1234
dollars, cents = divmod(cents, 100)
print("$" + str(dollars) + "." + str(cents).zfill(2))
q, r = divmod(2 ** 70, 10 ** 9)
print(q, r)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
