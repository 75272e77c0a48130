# Big numbers are easier to read with thousands separators
populations = {"Lyon": 522969, "Paris": 2102650, "Tokyo": 13960000, "Reykjavik": 139875}
for city in populations:
    print("{:<10} {:>12,}".format(city, populations[city]))
print("{:,}".format(sum(populations.values())))
print("{:_}".format(10**12))
print(format(1234567.891, ",.2f"), format(-1234567.891, ",.1f"), format(0.5, ",.3f"))
print(format(1234567, "015,"), format(-1234, "010,d"), format(1234, "012_"))
print(format(2**100, ","))
print(format(12345.6789, "_.2f"), format(1e20, ",.0f"))
