# Measuring a calendar's memory with tracemalloc: 100 dates, 50 aware datetimes, 50 timedeltas
import sys
import tracemalloc
from datetime import date, timedelta, datetime, timezone

start = date(2024, 1, 1)
step = timedelta(days=1)
tracemalloc.start()

before = tracemalloc.get_traced_memory()[0]
days = [start + step * i for i in range(100)]
print("100 dates:", tracemalloc.get_traced_memory()[0] - before, "bytes,", sys.getsizeof(days[0]), "each")

before = tracemalloc.get_traced_memory()[0]
moments = [datetime(2024, 1, 1, i % 24, tzinfo=timezone.utc) for i in range(50)]
print("50 datetimes:", tracemalloc.get_traced_memory()[0] - before, "bytes,", sys.getsizeof(moments[0]), "each")

before = tracemalloc.get_traced_memory()[0]
spans = [timedelta(hours=i) for i in range(50)]
print("50 timedeltas:", tracemalloc.get_traced_memory()[0] - before, "bytes,", sys.getsizeof(spans[0]), "each")

before = tracemalloc.get_traced_memory()[0]
del days
print("after del days:", tracemalloc.get_traced_memory()[0] - before)
tracemalloc.stop()

# a timedelta hashes like the tuple (days, seconds, microseconds)
print(hash(timedelta(days=1)) == hash((1, 0, 0)), hash(timedelta(0)), hash(timedelta(1, 2, 3)))
print(moments[5], moments[5].tzinfo is timezone.utc, spans[-1], repr(spans[-1]))
