# tracemalloc.get_traced_memory(): the memory a list of numbers takes, and the peak
import tracemalloc

tracemalloc.start()
before, _ = tracemalloc.get_traced_memory()

squares = [n * n for n in range(10000)]
during, peak_during = tracemalloc.get_traced_memory()

del squares
after, peak_after = tracemalloc.get_traced_memory()

tracemalloc.reset_peak()
_, peak_reset = tracemalloc.get_traced_memory()

words = " ".join(str(n) for n in range(2000)).split()
_, peak_words = tracemalloc.get_traced_memory()
tracemalloc.stop()

print("before the list:", before)
print("with 10000 squares:", during)
print("peak while they lived:", peak_during)
print("after del:", after)
print("the peak stays:", peak_after == peak_during)
print("after reset_peak:", peak_reset)
print("peak while splitting words:", peak_words)
print("per square, about", (during - before) // 10000, "bytes")
print("after stop:", tracemalloc.get_traced_memory())
