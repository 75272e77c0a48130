# Allocate a little, then fail: the trace must still be complete.
data = [str(i) * 3 for i in range(1000)]
print(len(data))
raise ValueError("this script fails on purpose")
