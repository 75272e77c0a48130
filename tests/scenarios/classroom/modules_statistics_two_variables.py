# Hours studied against marks: covariance, correlation and a fitted line
import statistics

hours = [1, 2, 3, 4, 5, 6, 7, 8]
marks = [52, 55, 61, 64, 70, 71, 78, 83]

print("covariance:", statistics.covariance(hours, marks))
print("correlation:", statistics.correlation(hours, marks))

fit = statistics.linear_regression(hours, marks)
print(fit)
print(f"mark = {fit.slope:.2f} * hours + {fit.intercept:.2f}")
for h in (0, 10):
    print(f"predicted mark after {h} hours: {fit.slope * h + fit.intercept:.1f}")

through_zero = statistics.linear_regression(hours, marks, proportional=True)
print("through the origin:", round(through_zero.slope, 4), through_zero.intercept)

speeds = [40, 60]
print("average speed there and back:", statistics.harmonic_mean(speeds))
print("geometric mean growth:", statistics.geometric_mean([1.10, 1.25, 0.95]))
print("weighted mean:", statistics.fmean([90, 70, 80], weights=[0.5, 0.2, 0.3]))
