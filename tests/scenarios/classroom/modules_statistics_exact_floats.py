# Why statistics.mean is more careful than sum()/len() with floats
import statistics

prices = [0.1, 0.2, 0.3, 0.4]
print("sum/len:", sum(prices) / len(prices))
print("statistics.mean:", statistics.mean(prices))
print("statistics.fmean:", statistics.fmean(prices))

tenths = [0.1] * 10
print(sum(tenths), statistics.mean(tenths), statistics.fmean(tenths))

big_and_small = [1e20, 1.0, -1e20]
print("naive:", sum(big_and_small) / 3)
print("exact:", statistics.mean(big_and_small))

readings = [20.5, 21.25, 19.75, 22.0, 20.5]
print("variance:", statistics.variance(readings))
print("stdev:", statistics.stdev(readings))
m = statistics.mean(readings)
print("variance with a known mean:", statistics.variance(readings, m))
print("pvariance with mu:", statistics.pvariance(readings, mu=m))

mixed = [1, 2.5, 4]
print(statistics.mean(mixed), type(statistics.mean(mixed)).__name__)
print(statistics.mean([True, False, True, True]))
