# Measuring how long something takes: the clocks only ever go forward
import time

start = time.perf_counter()
mono_start = time.monotonic()
wall_start = time.time()
cpu_start = time.process_time()
time.sleep(0.5)
elapsed = time.perf_counter() - start
print("slept at least half a second?", elapsed >= 0.5)
print("monotonic agrees?", time.monotonic() - mono_start >= 0.5)
print("wall clock agrees?", time.time() - wall_start >= 0.49)
print("sleeping uses almost no CPU?", time.process_time() - cpu_start < 0.5)
print(type(elapsed).__name__, elapsed > 0)

before = time.perf_counter_ns()
total = sum(i * i for i in range(1000))
after = time.perf_counter_ns()
print(total, type(before).__name__, after >= before)
print(time.time_ns() // 10**9 >= int(wall_start))
