# itertools.chain walks several lists as one, without building a new list
from itertools import chain
import sys

morning = ["email", "standup"]
afternoon = ["code review", "lunch"]
evening = ["gym"]

for task in chain(morning, afternoon, evening):
    print("-", task)

# concatenation with + builds a whole new list...
day = morning + afternoon + evening
print(day, sys.getsizeof(day))
# ...while chain is a small iterator, whatever the lists' sizes
print(sys.getsizeof(chain(morning, afternoon, evening)))

# chain.from_iterable flattens a list of lists
week = [["mon", "tue"], ["wed"], [], ["thu", "fri"]]
print(list(chain.from_iterable(week)))

# any iterables mix
print(list(chain("ab", range(3), (True,))))

# a chain is used up once read
c = chain([1, 2], [3])
print(list(c), list(c))
