# Quartiles and percentiles of reaction times with statistics.quantiles
import statistics

times_ms = [212, 198, 250, 305, 187, 226, 241, 199, 278, 230, 215, 262]

q1, q2, q3 = statistics.quantiles(times_ms, n=4)
print("quartiles:", q1, q2, q3)
print("the middle quartile is the median:", q2 == statistics.median(times_ms))
iqr = q3 - q1
print("interquartile range:", iqr)
low, high = q1 - 1.5 * iqr, q3 + 1.5 * iqr
print("outliers:", [t for t in times_ms if t < low or t > high])

print("deciles:", statistics.quantiles(times_ms, n=10))
print("inclusive quartiles:", statistics.quantiles(times_ms, n=4, method="inclusive"))
print("grouped median of ages:", statistics.median_grouped([25, 35, 35, 35, 45, 45, 55], interval=10))
