# Summarising a class's test marks with the statistics module
import statistics

marks = [72, 85, 90, 66, 85, 78, 93, 85, 70, 58, 81, 77]

print("marks:", sorted(marks))
print("mean:", statistics.mean(marks))
print("median:", statistics.median(marks))
print("mode:", statistics.mode(marks))
print("sample stdev:", statistics.stdev(marks))
print("sample variance:", statistics.variance(marks))
print("population stdev:", statistics.pstdev(marks))
print("population variance:", statistics.pvariance(marks))

mean = statistics.mean(marks)
sd = statistics.stdev(marks)
print(f"mean {mean:.2f}, stdev {sd:.2f}")
for m in (58, 77, 93):
    z = (m - mean) / sd
    print(f"a mark of {m} is {z:+.2f} standard deviations from the mean")

above = [m for m in marks if m > mean]
print(len(above), "students above the mean")

# the mean of whole numbers is an int when it divides evenly
print(statistics.mean([70, 80, 90]), type(statistics.mean([70, 80, 90])).__name__)
print(statistics.mean([70, 80]), type(statistics.mean([70, 80])).__name__)
print(statistics.median([70, 80, 90, 100]), statistics.median_low([70, 80, 90, 100]),
      statistics.median_high([70, 80, 90, 100]))
