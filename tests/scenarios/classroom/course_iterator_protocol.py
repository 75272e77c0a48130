# The iterator protocol: a class with __iter__ and __next__ raising StopIteration
class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        value = self.current
        self.current -= 1
        return value


class Range2:
    def __init__(self, stop):
        self.stop = stop

    def __iter__(self):
        i = 0
        while i < self.stop:
            yield i
            i += 2


for n in Countdown(3):
    print(n)
it = Countdown(2)
print(next(it), next(it), next(it, "done"))
print(list(Countdown(5)), sum(Countdown(4)))
r = Range2(9)
print(list(r), list(r))
nums = iter([10, 20, 30])
print(next(nums))
for n in nums:
    print("rest:", n)
print(iter(it) is it)
