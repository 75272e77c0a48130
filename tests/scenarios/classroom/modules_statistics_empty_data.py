# The average of nothing: statistics raises StatisticsError, a ValueError
import statistics

marks_by_group = {"morning": [81, 74, 90], "evening": []}
for group, marks in marks_by_group.items():
    try:
        print(group, statistics.mean(marks))
    except statistics.StatisticsError as err:
        print(group, "->", err)

print(issubclass(statistics.StatisticsError, ValueError))
for func in (statistics.median, statistics.mode, statistics.stdev):
    try:
        func([])
    except ValueError as err:
        print(func.__name__, "->", err)
try:
    statistics.stdev([42])
except statistics.StatisticsError as err:
    print("one mark ->", err)

print(statistics.mean(marks_by_group["evening"]))
