# itertools recipes a course writes: chunks, sliding windows, flatten, unique
import itertools as it


def chunked(iterable, n):
    iterator = iter(iterable)
    while chunk := list(it.islice(iterator, n)):
        yield chunk


def sliding(iterable, n):
    window = []
    for x in iterable:
        window.append(x)
        if len(window) > n:
            window.pop(0)
        if len(window) == n:
            yield tuple(window)


def unique_everseen(iterable):
    seen = set()
    for element in it.filterfalse(seen.__contains__, iterable):
        seen.add(element)
        yield element


def roundrobin(*iterables):
    iterators = [iter(x) for x in iterables]
    while iterators:
        for i in list(iterators):
            try:
                yield next(i)
            except StopIteration:
                iterators.remove(i)


print(list(chunked(range(10), 3)))
print(list(sliding([1, 2, 3, 4, 5], 3)))
print(list(unique_everseen("mississippi")))
print(list(roundrobin("ABC", "d", "EF")))
print(list(it.chain.from_iterable([[1, 2], [3], []])))
print(list(it.accumulate([1, 2, 3, 4], lambda a, b: a * b)))
print(list(it.compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print(list(it.starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(it.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
for key, group in it.groupby(sorted(["apple", "avocado", "banana", "blueberry", "cherry"]), key=lambda w: w[0]):
    print(key, list(group))
print(list(it.combinations_with_replacement("ab", 2)))
print(list(it.repeat("x", 3)), list(zip(it.count(10, 5), "abc")))
print(list(it.islice(it.cycle([1, 2]), 5)))
a, b = it.tee([1, 2, 3])
print(list(a), list(b))
print(list(it.zip_longest("ab", [1, 2, 3], fillvalue="-")))
print(list(it.pairwise("abcd")), list(it.product([0, 1], repeat=2)))
